// How this installation sends mail, read once from the environment:
//   SMTP_URL         smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465
//   MAIL_FROM        the sender, e.g. "CRM Readiness <crm@example.com>"
//   MAIL_OUTBOX_DIR  without SMTP_URL: write each mail as an .eml file here (development)
//   MAIL_ATTACHMENT_LIMIT_MB, MAIL_POLL_SECONDS, MAIL_RETRY_SECONDS  (see the README)
// With neither, the app sends nothing and offers its links to copy, as before mail existed.
import addressparser from 'nodemailer/lib/addressparser';

export type MailMode = 'smtp' | 'directory' | 'off';

export interface MailConfig {
	mode: MailMode;
	smtpUrl?: string;
	directory?: string;
	from: { name: string; address: string };
	/** Where links in mail point: ORIGIN, as for the app's own pages. */
	origin: string;
	/** A roadmap PDF larger than this goes as an expiring link instead of an attachment. */
	attachmentLimit: number;
	/** How often the worker looks for due mail. */
	pollMs: number;
	/** The first retry's delay; each next one doubles, up to an hour. */
	retryMs: number;
}

const MB = 1024 * 1024;

/** A setting the server cannot start with; its message says which and why. */
export class MailConfigError extends Error {}

export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
	const origin = env.ORIGIN || `http://localhost:${env.PORT || 3000}`;
	return origin.replace(/\/+$/, '');
}

function sender(value: string | undefined, origin: string): { name: string; address: string } {
	const parsed = value ? addressparser(value, { flatten: true })[0] : undefined;
	if (parsed?.address) return { name: parsed.name ?? '', address: parsed.address };
	if (value) throw new MailConfigError(`MAIL_FROM is not an address: ${JSON.stringify(value)}`);
	const host = new URL(origin).hostname;
	return { name: '', address: `no-reply@${host.includes('.') ? host : 'localhost.localdomain'}` };
}

function positive(value: string | undefined, fallback: number): number {
	const n = Number(value);
	return value && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
	const origin = publicOrigin(env);
	const base = {
		from: sender(env.MAIL_FROM, origin),
		origin,
		attachmentLimit: positive(env.MAIL_ATTACHMENT_LIMIT_MB, 5) * MB,
		pollMs: positive(env.MAIL_POLL_SECONDS, 5) * 1000,
		retryMs: positive(env.MAIL_RETRY_SECONDS, 30) * 1000
	};
	if (env.SMTP_URL) {
		if (!/^smtps?:\/\//.test(env.SMTP_URL))
			throw new MailConfigError('SMTP_URL must start with smtp:// or smtps://');
		return { ...base, mode: 'smtp', smtpUrl: env.SMTP_URL };
	}
	if (env.MAIL_OUTBOX_DIR) return { ...base, mode: 'directory', directory: env.MAIL_OUTBOX_DIR };
	return { ...base, mode: 'off' };
}

/** The SMTP server for logs: never its user name or password. */
export function describeTransport(config: MailConfig): string {
	if (config.mode === 'directory') return `.eml files in ${config.directory}`;
	if (config.mode === 'off') return 'off (links are shown to copy)';
	const url = new URL(config.smtpUrl as string);
	return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}`;
}
