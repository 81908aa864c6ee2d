// A large import stays linear: its repeated, prepared statements are planned for each batch's
// own values. A generic plan for the lookup of existing customers scanned the whole table, which
// grows by a batch each time; 100,000 rows took over two minutes instead of 16 s.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { seedOrganisation } from '../test-fixtures';
import * as files from './files';
import { runImport } from './run';

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
			{ userId: org.userId, dryRun: false }
		);
		expect(summary.created).toBe(8_500);

		const { rows } = await sql<{ generic_plans: number; custom_plans: number }>`
			select generic_plans::int, custom_plans::int from pg_prepared_statements
			where statement like '%email_key = any%'`.execute(database.db);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.custom_plans).toBeGreaterThanOrEqual(6);
		expect(rows[0]?.generic_plans).toBe(0);
	});
});
