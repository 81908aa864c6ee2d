// Limits on mail, shared by every app instance (they live in the database): how many reset links
// one address may ask for, how many mails a user or an organisation may send. Taking from a quota
// is atomic: concurrent requests for one key queue on an advisory lock, so forty parallel
// requests cannot all pass a limit of ten.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';

export interface Quota {
	bucket: string;
	limit: number;
	windowMs: number;
}

/** Keys that name a person (an e-mail address, a client address) are stored hashed. */
export function hashedKey(value: string): string {
	return createHash('sha256').update(value.toLowerCase()).digest('hex');
}

/**
 * Takes `weight` from each quota for its key, or nothing at all when any would go over: then
 * the first quota that would is returned. Must run inside a transaction (the lock is held to its
 * end).
 */
export async function take(
	trx: Kysely<DB>,
	claims: { quota: Quota; key: string }[],
	weight = 1
): Promise<Quota | null> {
	// One order for the locks, so that two requests never wait on each other.
	const sorted = [...claims].sort((a, b) =>
		`${a.quota.bucket}:${a.key}`.localeCompare(`${b.quota.bucket}:${b.key}`)
	);
	for (const { quota, key } of sorted) {
		await sql`select pg_advisory_xact_lock(hashtextextended(${`${quota.bucket}:${key}`}, 0))`.execute(
			trx
		);
		const row = await trx
			.selectFrom('rate_events')
			.select(sql<number>`coalesce(sum(weight), 0)`.as('used'))
			.where('bucket', '=', quota.bucket)
			.where('key', '=', key)
			.where('at', '>', new Date(Date.now() - quota.windowMs))
			.executeTakeFirstOrThrow();
		if (Number(row.used) + weight > quota.limit) return quota;
	}
	await trx
		.insertInto('rate_events')
		.values(claims.map(({ quota, key }) => ({ bucket: quota.bucket, key, weight })))
		.execute();
	return null;
}

/** Forgets events older than any window (a day). */
export async function prune(db: Kysely<DB>) {
	await db
		.deleteFrom('rate_events')
		.where('at', '<', new Date(Date.now() - 24 * 3_600_000))
		.execute();
}
