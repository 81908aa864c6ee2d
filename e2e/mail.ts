// The mail the app sent during the journeys, as the test SMTP server received it (see
// e2e/server.js): raw messages parsed with mailparser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface Mail {
	raw: string;
	parsed: ParsedMail;
}

async function mailTo(address: string): Promise<Mail[]> {
	const dir = process.env.E2E_MAIL_DIR as string;
	const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
	const out: Mail[] = [];
	for (const f of files.sort()) {
		const raw = readFileSync(join(dir, f), 'utf8');
		const parsed = await simpleParser(raw);
		const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address));
		if (to.some((t) => t?.toLowerCase() === address.toLowerCase())) out.push({ raw, parsed });
	}
	return out;
}

/** The `count`th mail to `address`, waiting for it to arrive. */
export async function waitForMail(address: string, count = 1): Promise<Mail> {
	let found: Mail[] = [];
	await expect
		.poll(async () => (found = await mailTo(address)).length, { timeout: 30_000 })
		.toBeGreaterThanOrEqual(count);
	return found[count - 1] as Mail;
}

export function linkIn(mail: Mail, path: string): string {
	const link = mail.parsed.text?.match(new RegExp(`https?://\\S+${path}\\S*`))?.[0];
	if (!link) throw new Error(`no ${path} link in the mail`);
	return link;
}
