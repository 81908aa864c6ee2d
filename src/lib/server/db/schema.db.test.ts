import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from './connect';
import { generateSchema } from './codegen';
import { testDatabase, testEngine } from '../testing/db';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

it(`the committed table types match the migrated schema (${testEngine()})`, async () => {
	const committed = readFileSync('src/lib/server/db/schema.ts', 'utf8');
	const generated = await generateSchema(database.db);
	// Prettier may reflow the committed file; compare the declarations, not the layout.
	const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/;\s*}/g, '}').trim();
	expect(norm(committed), 'run `npm run db:types` after changing a migration').toBe(
		norm(generated)
	);
});
