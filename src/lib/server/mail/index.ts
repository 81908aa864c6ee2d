// The process's mail: its configuration, its worker (started with the server, see
// hooks.server.ts) and what actions call: `queue` inside their transaction, then `deliverNow` to
// send at once and tell the user how it went. Kept on globalThis like the database. What each
// kind of mail says lives with its domain ($lib/server/mail-kinds.ts gathers them), so that
// mail depends on no domain and every domain may send mail.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isLocale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { database } from '$lib/server/db';
import { SHUTDOWN } from '$lib/server/db/connect';
import type { DB } from '$lib/server/db/schema';
import { describeTransport, readMailConfig, type MailConfig } from './config';
import * as outbox from './outbox';
import { createTransport } from './transport';
import { MailWorker, type Preparer } from './worker';

export type { BatchStatus, NewMail } from './outbox';

interface Holder {
	config?: MailConfig;
	worker?: MailWorker | null;
}
const holder = ((globalThis as Record<string, unknown>).__crmReadinessMail ??= {}) as Holder;

/** What each kind of mail becomes when it is sent: given by the domains that send them. */
export interface MailKinds {
	preparers: Record<outbox.MailKind, Preparer>;
	housekeeping: (db: Kysely<DB>) => Promise<void>;
}

export function mailConfig(): MailConfig {
	return (holder.config ??= readMailConfig());
}

/** False when neither SMTP_URL nor MAIL_OUTBOX_DIR is set: pages offer links to copy instead. */
export function mailEnabled(): boolean {
	return mailConfig().mode !== 'off';
}

/** Starts this process's outbox worker (once), after the database is open. */
export function startMail(kinds: MailKinds): void {
	if (holder.worker !== undefined) return;
	const config = mailConfig();
	const transport = createTransport(config);
	console.log(`[mail] ${describeTransport(config)}`);
	if (!transport) {
		holder.worker = null;
		return;
	}
	const worker = new MailWorker({
		db: database().db,
		transport,
		config,
		...kinds,
		appName: (row) => serverT(isLocale(row.locale) ? row.locale : 'en')('common.app_name')
	});
	holder.worker = worker;
	worker.start();
	process.once(SHUTDOWN, () => void worker.stop());
}

/** Writes mails to the outbox, in the caller's transaction. Returns the batch to follow up. */
export async function queue(trx: Kysely<DB>, mails: outbox.NewMail[]) {
	const batchId = randomUUID();
	const ids = await outbox.enqueue(trx, mails, batchId);
	return { batchId, ids, total: mails.length };
}

/**
 * After the action's transaction committed: tries to send the batch now, for at most `waitMs`,
 * and says how it stands (what could not go yet stays in the outbox and is retried). Mail that
 * another worker took meanwhile is waited for too.
 */
export async function deliverNow(
	batch: { batchId: string; ids: string[]; total: number },
	waitMs = 5_000
): Promise<outbox.BatchStatus> {
	const { db } = database();
	const deadline = Date.now() + waitMs;
	const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
	const worker = holder.worker;
	if (worker) {
		const sending = worker.deliver(batch.ids).catch((err) => {
			console.error('[mail] could not send now', (err as Error).message);
		});
		await Promise.race([sending, sleep(waitMs)]);
		while (Date.now() < deadline && (await outbox.unsettled(db, batch.batchId)) > 0)
			await sleep(Math.min(100, deadline - Date.now()));
	}
	return outbox.batchStatus(db, batch.batchId, batch.total);
}
