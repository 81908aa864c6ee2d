// Login throttling that slows an attacker without handing them a lockout weapon. Kept in the
// database, so every app instance (and the embedded engine, with the same SQL) counts the same.
//
// Three keys are counted: the account (from every address), the client address (against every
// account) and the pair of both. Every attempt first *reserves* its password check on each key
// — one upsert per key, in one transaction, that counts the attempt only if the key is not
// waiting — so 40 parallel attempts get exactly the free number of checks, not more. Past a
// key's free attempts, the next one must wait a delay that doubles with each further attempt,
// up to a ceiling: failures slow down, they never lock out for long. A key forgets its failures
// after an hour without one.
//
// A pair (account, address) that logged in successfully is remembered for 30 days: from there
// only the pair's own limit applies, not the account's or the address's, so an attacker who
// hammers an account from elsewhere — or a colleague's guessing behind the same NAT — does not
// slow the owner down. A success clears the account's count and gives back the address's
// reserved attempt; a password reset clears the account's and its pairs' counts.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '$lib/server/db/schema';

export interface Limit {
	/** Attempts allowed before the first delay. */
	free: number;
	/** The longest delay, in seconds. */
	ceiling: number;
}

export const LIMITS = {
	/** One address against one account: a guesser. */
	pair: { free: 5, ceiling: 15 * 60 },
	/** One account from many addresses: a distributed guesser. Short ceiling: the owner waits. */
	account: { free: 10, ceiling: 60 },
	/** One address against many accounts: sized for an office behind one NAT. */
	address: { free: 100, ceiling: 5 * 60 }
} as const satisfies Record<string, Limit>;

type Scope = keyof typeof LIMITS;

/** A key forgets its failures after this long without one. */
export const FORGET_AFTER_SECONDS = 60 * 60;
/** How long a successful pair is remembered. */
export const KNOWN_FOR_DAYS = 30;

/** Seconds to wait after the `n`th counted attempt (0 while attempts are free). */
export function delayAfter(limit: Limit, n: number): number {
	if (n < limit.free) return 0;
	return Math.min(limit.ceiling, 2 ** (n - limit.free));
}

function keyOf(scope: Scope, account: string, address: string) {
	return {
		scope,
		account: scope === 'address' ? '' : account,
		address: scope === 'account' ? '' : address
	};
}

/** The delay after `n` attempts, in SQL (the same function as delayAfter). */
function delaySql(limit: Limit, n: ReturnType<typeof sql>) {
	return sql`make_interval(secs => case when ${n} < ${limit.free} then 0 else least(${limit.ceiling}, power(2, ${n} - ${limit.free})) end)`;
}

/** Counts one attempt on a key if it is not waiting; false when it is. */
async function reserve(
	trx: Transaction<DB>,
	scope: Scope,
	account: string,
	address: string,
	now: Date
): Promise<boolean> {
	const limit = LIMITS[scope];
	const key = keyOf(scope, account, address);
	const at = sql`${now.toISOString()}::timestamptz`;
	const forgotten = sql`f.last_failure_at < ${at} - make_interval(secs => ${FORGET_AFTER_SECONDS})`;
	const next = sql`(case when ${forgotten} then 1 else f.failures + 1 end)`;
	const { rows } = await sql<{ failures: number }>`
		insert into login_failures as f (scope, account, address, failures, last_failure_at, blocked_until)
		values (${key.scope}, ${key.account}, ${key.address}, 1, ${at}, ${at} + ${delaySql(limit, sql`1`)})
		on conflict (scope, account, address) do update set
			failures = ${next},
			last_failure_at = ${at},
			blocked_until = ${at} + ${delaySql(limit, next)}
		where f.blocked_until <= ${at}
		returning failures`.execute(trx);
	return rows.length > 0;
}

class Waiting extends Error {}

export type Reservation = { ok: true; known: boolean } | { ok: false; retryAfter: number };

/**
 * Reserves one password check for this account from this address, or says how many seconds to
 * wait. Atomic: whatever the concurrency, no key is checked more often than its limit allows.
 */
export async function reserveLoginAttempt(
	db: Kysely<DB>,
	account: string,
	address: string,
	now = new Date()
): Promise<Reservation> {
	try {
		return await db.transaction().execute(async (trx) => {
			const pair = await trx
				.selectFrom('login_failures')
				.select('known_until')
				.where('scope', '=', 'pair')
				.where('account', '=', account)
				.where('address', '=', address)
				.executeTakeFirst();
			const known = !!pair?.known_until && pair.known_until > now;
			// Always in this order (address, account, pair): concurrent attempts lock rows in the
			// same order and cannot deadlock.
			const scopes: Scope[] = known ? ['pair'] : ['address', 'account', 'pair'];
			for (const scope of scopes)
				if (!(await reserve(trx, scope, account, address, now))) throw new Waiting();
			return { ok: true, known } as const;
		});
	} catch (err) {
		if (!(err instanceof Waiting)) throw err;
		const row = await db
			.selectFrom('login_failures')
			.select((eb) => eb.fn.max('blocked_until').as('until'))
			.where((eb) =>
				eb.or(
					(['address', 'account', 'pair'] as const).map((scope) => {
						const key = keyOf(scope, account, address);
						return eb.and([
							eb('scope', '=', key.scope),
							eb('account', '=', key.account),
							eb('address', '=', key.address)
						]);
					})
				)
			)
			.executeTakeFirst();
		const until = row?.until ? new Date(row.until as unknown as string).getTime() : now.getTime();
		return { ok: false, retryAfter: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
	}
}

/** After a successful login: the pair is known, the account's count cleared, the address's attempt given back. */
export async function loginSucceeded(
	db: Kysely<DB>,
	account: string,
	address: string,
	reservation: { known: boolean },
	now = new Date()
) {
	const at = sql<Date>`${now.toISOString()}::timestamptz`;
	await db.transaction().execute(async (trx) => {
		if (!reservation.known)
			await trx
				.updateTable('login_failures')
				.set({ failures: sql`greatest(failures - 1, 0)` })
				.where('scope', '=', 'address')
				.where('account', '=', '')
				.where('address', '=', address)
				.execute();
		await trx
			.deleteFrom('login_failures')
			.where('scope', '=', 'account')
			.where('account', '=', account)
			.execute();
		await trx
			.insertInto('login_failures')
			.values({
				scope: 'pair',
				account,
				address,
				failures: 0,
				last_failure_at: at,
				blocked_until: at,
				known_until: sql<Date>`${at} + make_interval(days => ${KNOWN_FOR_DAYS})`
			})
			.onConflict((oc) =>
				oc.columns(['scope', 'account', 'address']).doUpdateSet({
					failures: 0,
					blocked_until: at,
					known_until: sql<Date>`${at} + make_interval(days => ${KNOWN_FOR_DAYS})`
				})
			)
			.execute();
	});
}

/** Keeps the table small: keys that have forgotten their failures and know no success. */
export async function forgetOldFailures(db: Kysely<DB>, now = new Date()) {
	await db
		.deleteFrom('login_failures')
		.where('last_failure_at', '<', new Date(now.getTime() - 24 * 60 * 60 * 1000))
		.where((eb) => eb.or([eb('known_until', 'is', null), eb('known_until', '<', now)]))
		.execute();
}
