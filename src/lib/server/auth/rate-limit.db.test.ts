// Login throttling on both engines: atomic under concurrency, growing delays instead of a
// lockout, sized for shared addresses, and the owner's known address unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { hashPassword } from './password';
import {
	delayAfter,
	FORGET_AFTER_SECONDS,
	LIMITS,
	loginSucceeded,
	reserveLoginAttempt
} from './rate-limit';
import { mintResetToken, resetPassword } from './reset';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database?.close());

let n = 0;
const account = () => `throttle-${++n}-${Date.now()}@example.com`;
const address = () => `10.${n % 250}.${Math.floor(Math.random() * 250)}.${++n % 250}`;
const later = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

describe(`login throttling (${testEngine()})`, () => {
	it('gives 40 parallel attempts from one address at one account exactly the pair’s free checks', async () => {
		const { db } = database;
		const [who, where, now] = [account(), address(), new Date()];
		const results = await Promise.all(
			Array.from({ length: 40 }, () => reserveLoginAttempt(db, who, where, now))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(LIMITS.pair.free);
		// The rest are told to wait a second: the first delay.
		expect(new Set(results.filter((r) => !r.ok).map((r) => !r.ok && r.retryAfter))).toEqual(
			new Set([1])
		);
	});

	it('gives 40 parallel attempts at one account from 40 addresses exactly the account’s free checks', async () => {
		const { db } = database;
		const [who, now] = [account(), new Date()];
		const results = await Promise.all(
			Array.from({ length: 40 }, () => reserveLoginAttempt(db, who, address(), now))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(LIMITS.account.free);
	});

	it('slows failures down with doubling delays up to a short ceiling, never a lockout', async () => {
		const { db } = database;
		const who = account();
		let now = new Date();
		const waits: number[] = [];
		for (let i = 0; i < 20; i++) {
			// A distributed attacker: a new address each time, always as soon as allowed.
			let r = await reserveLoginAttempt(db, who, address(), now);
			if (!r.ok) {
				waits.push(r.retryAfter);
				now = later(now, r.retryAfter);
				r = await reserveLoginAttempt(db, who, address(), now);
			}
			expect(r.ok, `attempt ${i + 1}`).toBe(true);
		}
		// Free attempts, then 1, 2, 4, 8, 16, 32 seconds, then the one-minute ceiling.
		expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
		expect(delayAfter(LIMITS.account, 100)).toBe(60);
		// An hour without failures and the account starts afresh.
		const fresh = await Promise.all(
			Array.from({ length: 10 }, () =>
				reserveLoginAttempt(db, who, address(), later(now, FORGET_AFTER_SECONDS + 61))
			)
		);
		expect(fresh.every((r) => r.ok)).toBe(true);
	});

	it('does not slow the owner down at an address they logged in from', async () => {
		const { db } = database;
		const [who, home, now] = [account(), address(), new Date()];
		const first = await reserveLoginAttempt(db, who, home, now);
		expect(first.ok).toBe(true);
		await loginSucceeded(db, who, home, first.ok ? first : { known: false }, now);
		// An attacker elsewhere exhausts the account's free attempts…
		await Promise.all(
			Array.from({ length: 30 }, () => reserveLoginAttempt(db, who, address(), now))
		);
		expect((await reserveLoginAttempt(db, who, address(), now)).ok).toBe(false);
		// …and the owner still gets in from home at once.
		const owner = await reserveLoginAttempt(db, who, home, now);
		expect(owner).toEqual({ ok: true, known: true });
	});

	it('lets an office behind one address fail a hundred times before slowing it', async () => {
		const { db } = database;
		const [office, now] = [address(), new Date()];
		const results = [];
		// 100 colleagues each mistype once (sequentially, as people do).
		for (let i = 0; i < LIMITS.address.free; i++)
			results.push(await reserveLoginAttempt(db, account(), office, now));
		expect(results.every((r) => r.ok)).toBe(true);
		const next = await reserveLoginAttempt(db, account(), office, now);
		expect(next).toEqual({ ok: false, retryAfter: 1 });
		expect((await reserveLoginAttempt(db, account(), office, later(now, 1))).ok).toBe(true);
	});

	it('forgets the account’s failures when its password is reset', async () => {
		const { db } = database;
		const who = account();
		const user = await db
			.insertInto('users')
			.values({ email: who, name: 'Owner', password_hash: await hashPassword('an old passphrase') })
			.returning('id')
			.executeTakeFirstOrThrow();
		const now = new Date();
		await Promise.all(
			Array.from({ length: 12 }, () => reserveLoginAttempt(db, who, address(), now))
		);
		expect((await reserveLoginAttempt(db, who, address(), now)).ok).toBe(false);
		const { token } = await mintResetToken(db, user.id);
		expect((await resetPassword(db, token, 'a brand new passphrase')).ok).toBe(true);
		expect((await reserveLoginAttempt(db, who, address(), now)).ok).toBe(true);
	});
});
