// Statements whose best plan depends on their values are planned for those values every time,
// never with PostgreSQL's generic plan for a prepared statement. In a large import, a generic
// plan for the lookup of existing customers scanned the whole table, which grows by a batch
// each time (100,000 rows: over two minutes instead of 16 s); in the register's list, it doubled
// the time of a filtered page.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { count, list, parseListQuery } from '../list';
import { seedOrganisation } from '../test-fixtures';
import * as files from './files';
import { engineOf, runImport } from './run';

let database: Database;
// One connection, so that the import's prepared statements can be read back afterwards.
beforeAll(async () => {
	database = await testDatabase({ max: 1 });
});
afterAll(() => database.close());

function csv(rows: number): Uint8Array {
	const lines = ['name,email,phone'];
	for (let i = 0; i < rows; i++)
		lines.push(`Customer ${i},c${i}@example.com,+98 912 ${String(1000000 + i).slice(1)}`);
	return new TextEncoder().encode(lines.join('\n'));
}

describe(`a large import's plans (${testEngine()})`, () => {
	it('never looks existing customers up with a generic plan', async () => {
		const org = await seedOrganisation(database.db, 'Plans Co');
		const bytes = csv(8_500); // nine batches: PostgreSQL weighs a generic plan from the sixth run
		const stored = await files.store(
			database.db,
			org.orgId,
			org.userId,
			'many.csv',
			new ReadableStream({
				start(controller) {
					controller.enqueue(bytes);
					controller.close();
				}
			}),
			'auto'
		);
		if (!stored.ok) throw new Error(stored.error);
		const imp = (await files.find(database.db, org.orgId, stored.id)) as files.ImportRecord;
		const summary = await runImport(
			database.db,
			imp,
			{ mapping: ['name', 'email', 'phone'], policy: 'skip', atomic: true },
			{ userId: org.userId, dryRun: false, ...engineOf(database) }
		);
		expect(summary.created).toBe(8_500);

		const { rows } = await sql<{ generic_plans: number; custom_plans: number }>`
			select generic_plans::int, custom_plans::int from pg_prepared_statements
			where statement like '%email_key = any%'`.execute(database.db);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.custom_plans).toBeGreaterThanOrEqual(6);
		expect(rows[0]?.generic_plans).toBe(0);
	});

	it('plans the list and its count for their own filters on every run', async () => {
		const org = await seedOrganisation(database.db, 'Listing Co');
		const query = parseListQuery(new URLSearchParams({ q: 'Customer', tier: 'gold' }));
		for (let i = 0; i < 8; i++) {
			await list(database.db, org.orgId, query);
			await count(database.db, org.orgId, query);
		}
		const { rows } = await sql<{ statement: string }>`
			select statement from pg_prepared_statements
			where statement like '%from "customers" as "c"%' or statement like '%from customers c%'`.execute(
			database.db
		);
		expect(rows).toEqual([]);
	});
});
