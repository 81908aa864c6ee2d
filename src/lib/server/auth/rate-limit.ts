// Login throttling kept in the database, so that every app instance counts the same failures:
// after 10 failures inside 15 minutes for an account or for a client address, the next
// attempt is refused (429) before the password is even checked.
import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

function since() {
	return new Date(Date.now() - WINDOW_MINUTES * 60 * 1000);
}

export async function isLoginThrottled(db: Kysely<DB>, account: string, address: string) {
	const row = await db
		.selectFrom('login_failures')
		.select([
			sql<number>`count(*) filter (where account = ${account})`.as('by_account'),
			sql<number>`count(*) filter (where address = ${address})`.as('by_address')
		])
		.where('failed_at', '>', since())
		.where((eb) => eb.or([eb('account', '=', account), eb('address', '=', address)]))
		.executeTakeFirstOrThrow();
	return Number(row.by_account) >= MAX_FAILURES || Number(row.by_address) >= MAX_FAILURES;
}

export async function recordLoginFailure(db: Kysely<DB>, account: string, address: string) {
	await db.insertInto('login_failures').values({ account, address }).execute();
	// Keep the table small: anything older than the window no longer counts.
	await db
		.deleteFrom('login_failures')
		.where('failed_at', '<', new Date(Date.now() - 24 * 60 * 60 * 1000))
		.execute();
}

export async function clearLoginFailures(db: Kysely<DB>, account: string) {
	await db.deleteFrom('login_failures').where('account', '=', account).execute();
}
