import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './connect';
import { appliedMigrations, latestMigration, migrate, readMigrations } from './migrate';
import { testDatabase, testEngine } from '../testing/db';

describe(`migrations (${testEngine()})`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await testDatabase();
	});
	afterAll(() => database.close());

	it('the template applied every migration file, in name order', async () => {
		const files = readMigrations().map((m) => m.name);
		expect(files.length).toBeGreaterThan(1);
		expect([...files].sort()).toEqual(files);
		const applied = (await appliedMigrations(database.db)).map((m) => m.name);
		expect(applied).toEqual(files);
		expect(await latestMigration(database.db)).toBe(files.at(-1));
	});

	it('running the migrator again applies nothing', async () => {
		expect(await migrate(database.db)).toEqual([]);
	});

	it('refuses a migration that was edited after it was applied', async () => {
		const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
		await expect(migrate(database.db, edited)).rejects.toThrow(/was changed after it was applied/);
	});

	it('rolls a failing migration back whole and records nothing', async () => {
		const bad = [
			...readMigrations(),
			{
				name: '9999_broken.sql',
				checksum: 'x',
				sql: 'create table half_done (id int); select * from no_such_table;'
			}
		];
		await expect(migrate(database.db, bad)).rejects.toThrow();
		const { rows } = await sql`select to_regclass('half_done') as t`.execute(database.db);
		expect(rows[0]).toEqual({ t: null });
		expect(await latestMigration(database.db)).not.toBe('9999_broken.sql');
	});
});

describe.runIf(testEngine() === 'pglite')('migrations from an empty embedded database', () => {
	it('applies all migrations to a brand-new PGlite', async () => {
		const fresh = await openDatabase({ dataDir: 'memory://' });
		try {
			const applied = await migrate(fresh.db);
			expect(applied).toEqual(readMigrations().map((m) => m.name));
		} finally {
			await fresh.close();
		}
	});
});
