// Instances behind one PostgreSQL database hear one another's session changes, and know when
// they cannot (then their caches are not used).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresDatabase } from '../db/connect';
import { testDatabaseOf, testEngine } from '../testing/db';
import { AUTH_CHANNEL, SessionSignals } from './session-signals';

const waitFor = async (check: () => boolean, ms = 5000) => {
	const until = Date.now() + ms;
	while (!check()) {
		if (Date.now() > until) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 20));
	}
};

describe.runIf(testEngine() === 'postgres')('session change signals (postgres)', () => {
	let database: PostgresDatabase;
	beforeAll(async () => {
		database = await testDatabaseOf('postgres');
	});
	afterAll(() => database.close());

	it('tells every listening instance, and empties a cache again after a lost connection', async () => {
		const heard = { a: 0, b: 0 };
		const a = new SessionSignals(database.pool, () => heard.a++);
		const b = new SessionSignals(database.pool, () => heard.b++);
		expect(a.listening).toBe(false);
		await Promise.all([a.start(), b.start()]);
		expect(a.listening && b.listening).toBe(true);
		// Connecting counts as a change: nothing heard before it is known.
		expect(heard).toEqual({ a: 1, b: 1 });

		await a.announce();
		await waitFor(() => heard.a === 2 && heard.b === 2);

		// b's listening connection dies: b stops trusting its cache, then reconnects and empties it.
		await sql`select pg_terminate_backend(pid) from pg_stat_activity
			where query = ${`listen ${AUTH_CHANNEL}`} and pid <> pg_backend_pid()`.execute(database.db);
		await waitFor(() => !a.listening || !b.listening);
		await waitFor(() => a.listening && b.listening);
		expect(heard.b).toBeGreaterThanOrEqual(3);

		await Promise.all([a.close(), b.close()]);
		expect(a.listening || b.listening).toBe(false);
	});
});
