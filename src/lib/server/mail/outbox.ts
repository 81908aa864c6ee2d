// The outbox table: mail is written here inside the transaction of the action that asks for it,
// and taken by a worker (./worker.ts). Claiming moves a row's next attempt forward (a lease) with
// `for update skip locked`, so several app instances never take the same row and a row whose
// worker died is taken again once its lease is over.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, MailOutbox } from '$lib/server/db/schema';
import type { Locale } from '$lib/i18n/locale';

export type MailKind = 'password_reset' | 'invitation' | 'workshop_link' | 'roadmap';
export type OutboxRow = Selectable<MailOutbox>;

export interface NewMail {
	kind: MailKind;
	recipient: string;
	locale: Locale;
	organisationId?: string | null;
	createdBy?: string | null;
	payload?: Record<string, unknown>;
	/** Delete the row (and so the address) once the mail is sent or given up. */
	forget?: boolean;
	/** How long to keep trying. */
	giveUpAfterMs: number;
}

/** A claimed row is not taken again for this long (a send times out well before). */
export const LEASE_MS = 5 * 60_000;

export async function enqueue(db: Kysely<DB>, mails: NewMail[], batchId: string) {
	if (mails.length === 0) return [];
	const now = Date.now();
	const rows = await db
		.insertInto('mail_outbox')
		.values(
			mails.map((m) => ({
				kind: m.kind,
				recipient: m.recipient,
				locale: m.locale,
				organisation_id: m.organisationId ?? null,
				created_by: m.createdBy ?? null,
				payload: JSON.stringify(m.payload ?? {}),
				forget: m.forget ?? false,
				batch_id: batchId,
				give_up_at: new Date(now + m.giveUpAfterMs)
			}))
		)
		.returning('id')
		.execute();
	return rows.map((r) => r.id);
}

/** Up to `limit` rows that are due (only among `ids` when given), leased to the caller. */
export async function claim(db: Kysely<DB>, limit: number, ids?: string[]): Promise<OutboxRow[]> {
	if (ids && ids.length === 0) return [];
	const only = ids ? sql`and id = any(${ids}::uuid[])` : sql``;
	const { rows } = await sql<OutboxRow>`
		update mail_outbox set attempts = attempts + 1,
			next_attempt_at = now() + make_interval(secs => ${LEASE_MS / 1000})
		where id in (
			select id from mail_outbox
			where status = 'pending' and next_attempt_at <= now() and give_up_at > now() ${only}
			order by next_attempt_at
			limit ${limit}
			for update skip locked)
		returning *`.execute(db);
	return rows;
}

export async function markSent(db: Kysely<DB>, row: OutboxRow) {
	if (row.forget) await db.deleteFrom('mail_outbox').where('id', '=', row.id).execute();
	else
		await db
			.updateTable('mail_outbox')
			.set({ status: 'sent', sent_at: new Date(), last_error: null })
			.where('id', '=', row.id)
			.execute();
}

/**
 * A failed attempt: tried again after a delay that doubles (by default 30 s, 1 min, 2 min … at
 * most an hour) until the row's time is up; `final` gives up at once (a recipient the server
 * refuses for good).
 */
export async function markFailed(
	db: Kysely<DB>,
	row: OutboxRow,
	reason: string,
	options: { final: boolean; retryMs: number }
) {
	const delay = Math.min(options.retryMs * 2 ** Math.max(0, row.attempts - 1), 3_600_000);
	const next = new Date(Date.now() + delay);
	if (options.final || next >= row.give_up_at) return giveUp(db, row.id, reason);
	await db
		.updateTable('mail_outbox')
		.set({ next_attempt_at: next, last_error: reason })
		.where('id', '=', row.id)
		.execute();
	return next;
}

/** Nothing to send any more (the invitation was revoked, the account does not exist). */
export async function drop(db: Kysely<DB>, row: OutboxRow) {
	await db.deleteFrom('mail_outbox').where('id', '=', row.id).execute();
}

async function giveUp(db: Kysely<DB>, id: string, reason: string) {
	// A forgotten row keeps its outcome for the sender's count, not its address.
	await db
		.updateTable('mail_outbox')
		.set((eb) => ({
			status: 'failed',
			last_error: reason,
			recipient: eb.case().when('forget', '=', true).then('').else(eb.ref('recipient')).end()
		}))
		.where('id', '=', id)
		.execute();
	return null;
}

/** Rows whose time ran out while nobody could send them; old history. */
export async function expire(db: Kysely<DB>) {
	const stale = await db
		.selectFrom('mail_outbox')
		.select('id')
		.where('status', '=', 'pending')
		.where('give_up_at', '<=', new Date())
		.execute();
	for (const { id } of stale) await giveUp(db, id, 'gave up: could not be sent in time');
	await db
		.deleteFrom('mail_outbox')
		.where('status', '<>', 'pending')
		.where('created_at', '<', new Date(Date.now() - 30 * 24 * 3_600_000))
		.execute();
}

/** Mail of a batch not tried yet, or being sent now (pending, and no attempt has failed). */
export async function unsettled(db: Kysely<DB>, batchId: string): Promise<number> {
	const row = await db
		.selectFrom('mail_outbox')
		.select(sql<number>`count(*)`.as('n'))
		.where('batch_id', '=', batchId)
		.where('status', '=', 'pending')
		.where('last_error', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export interface BatchStatus {
	pending: number;
	failed: number;
	/** Sent, counting rows already forgotten. */
	sent: number;
}

export async function batchStatus(db: Kysely<DB>, batchId: string, total: number) {
	const rows = await db
		.selectFrom('mail_outbox')
		.select(['status', sql<number>`count(*)`.as('n')])
		.where('batch_id', '=', batchId)
		.groupBy('status')
		.execute();
	const count = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
	const pending = count('pending');
	const failed = count('failed');
	return { pending, failed, sent: total - pending - failed } satisfies BatchStatus;
}
