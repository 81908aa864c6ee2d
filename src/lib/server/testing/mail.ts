// A mail worker for tests, on a test database and a real SMTP server (./smtp.ts).
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { readMailConfig } from '$lib/server/mail/config';
import { createTransport } from '$lib/server/mail/transport';
import { MailWorker } from '$lib/server/mail/worker';
import { mailKinds } from '$lib/server/mail-kinds';

export const TEST_ORIGIN = 'https://crm.example.com';

export function testWorker(
	db: Kysely<DB>,
	smtpUrl: string,
	log: string[] = [],
	env: Record<string, string> = {}
) {
	const config = readMailConfig({
		SMTP_URL: smtpUrl,
		ORIGIN: TEST_ORIGIN,
		MAIL_FROM: 'CRM Readiness <crm@example.com>',
		...env
	});
	return new MailWorker({
		db,
		transport: createTransport(config) as NonNullable<ReturnType<typeof createTransport>>,
		config,
		...mailKinds,
		appName: () => 'CRM Readiness',
		log: (line) => log.push(line)
	});
}

/** Makes every pending row due now (instead of waiting for its backoff). */
export async function makeDue(db: Kysely<DB>) {
	await db
		.updateTable('mail_outbox')
		.set({ next_attempt_at: new Date(Date.now() - 1000) })
		.where('status', '=', 'pending')
		.execute();
}
