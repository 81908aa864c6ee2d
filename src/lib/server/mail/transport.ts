// The one place that talks to nodemailer: an SMTP server, or (development) a folder of .eml
// files that any mail program opens. Both build the same message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailConfig } from './config';

export interface Mailbox {
	name: string;
	address: string;
}

export interface OutgoingMail {
	from: Mailbox;
	to: Mailbox;
	replyTo?: Mailbox;
	subject: string;
	html: string;
	text: string;
	attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface MailTransport {
	send(mail: OutgoingMail, label: string): Promise<void>;
	close(): void;
}

// A stalled server must not hold a worker for nodemailer's default two minutes per stage.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function message(mail: OutgoingMail) {
	return {
		from: mail.from,
		to: mail.to,
		replyTo: mail.replyTo,
		subject: mail.subject,
		html: mail.html,
		text: mail.text,
		attachments: mail.attachments,
		// Tells auto-responders not to answer (RFC 3834).
		headers: { 'Auto-Submitted': 'auto-generated' }
	};
}

export function createTransport(config: MailConfig): MailTransport | null {
	if (config.mode === 'smtp') {
		const transporter = nodemailer.createTransport({ url: config.smtpUrl, ...TIMEOUTS });
		return {
			send: async (mail) => void (await transporter.sendMail(message(mail))),
			close: () => transporter.close()
		};
	}
	if (config.mode === 'directory') {
		const dir = config.directory as string;
		mkdirSync(dir, { recursive: true });
		const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
		return {
			async send(mail, label) {
				const info = await transporter.sendMail(message(mail));
				const stamp = new Date().toISOString().replace(/[:.]/g, '-');
				writeFileSync(join(dir, `${stamp}-${label}.eml`), info.message as Buffer);
			},
			close: () => transporter.close()
		};
	}
	return null;
}
