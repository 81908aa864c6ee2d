// Repeated statements really are prepared on the server, and prepared statements give the same
// answers as unprepared ones, on both engines.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../testing/db';
import type { Database } from './connect';

describe('prepared statements', () => {
	let database: Database;
	beforeAll(async () => {
		database = await testDatabase();
	});
	afterAll(() => database.close());

	it('prepares a statement sent twice on one connection, and it keeps answering', async () => {
		const seen = await database.db.transaction().execute(async (trx) => {
			const answers = [];
			for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
				await trx
					.insertInto('users')
					.values({ email, name: email, password_hash: 'x', locale: 'en' })
					.execute();
				answers.push(
					await trx.selectFrom('users').select('name').where('email', '=', email).executeTakeFirst()
				);
			}
			const { rows } = await sql<{
				statement: string;
			}>`select statement from pg_prepared_statements`.execute(trx);
			return { answers, prepared: rows.map((r) => r.statement) };
		});
		expect(seen.answers).toEqual([
			{ name: 'a@example.com' },
			{ name: 'b@example.com' },
			{ name: 'c@example.com' }
		]);
		expect(
			seen.prepared.some((s) => /^select "name" from "users" where "email" = \$1$/.test(s))
		).toBe(true);
		expect(seen.prepared.some((s) => /^insert into "users"/.test(s))).toBe(true);
	});

	it('prepares nothing when switched off (DATABASE_PREPARED_STATEMENTS=false)', async () => {
		const plain = await testDatabase({ prepare: false });
		try {
			const prepared = await plain.db.transaction().execute(async (trx) => {
				for (let i = 0; i < 3; i++) await trx.selectFrom('users').select('id').execute();
				const { rows } = await sql<{
					n: number;
				}>`select count(*)::int as n from pg_prepared_statements`.execute(trx);
				return rows[0]?.n;
			});
			expect(prepared).toBe(0);
		} finally {
			await plain.close();
		}
	});
});
