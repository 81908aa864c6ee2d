// The mail the test server sent, as the test SMTP server received it (tests/http/setup.ts
// writes each raw message to mailDir).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { inject } from 'vitest';

export interface ReceivedMail {
	raw: string;
	parsed: ParsedMail;
	to: string[];
}

async function all(): Promise<ReceivedMail[]> {
	const dir = inject('mailDir');
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.eml'))
		.sort();
	return Promise.all(
		files.map(async (f) => {
			const raw = readFileSync(join(dir, f), 'utf8');
			const parsed = await simpleParser(raw);
			const to = [parsed.to ?? []]
				.flat()
				.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
			return { raw, parsed, to };
		})
	);
}

/** Every mail received so far for `address`. */
export async function mailTo(address: string): Promise<ReceivedMail[]> {
	return (await all()).filter((m) => m.to.includes(address.toLowerCase()));
}

/** Waits for the `count`th mail to `address` (the outbox worker checks every 5 s). */
export async function waitForMail(address: string, count = 1, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const found = await mailTo(address);
		if (found.length >= count) return found[count - 1] as ReceivedMail;
		if (Date.now() > deadline) throw new Error(`no mail #${count} to ${address}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

export function linkIn(mail: ReceivedMail, path: string): string {
	const link = mail.parsed.text?.match(new RegExp(`https?://\\S+${path}\\S*`))?.[0];
	if (!link) throw new Error(`no ${path} link in the mail`);
	return link;
}
