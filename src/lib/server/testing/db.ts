// A fresh, migrated database for one test file, on the engine this test project runs:
// PGlite in memory (loaded from the run's template dump) or a new PostgreSQL database
// cloned from the run's template.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/connect';
import { adminUrl, databaseUrl } from './urls';

let counter = 0;

export function testEngine(): 'pglite' | 'postgres' {
	return process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

export async function testDatabase(
	options: { prepare?: boolean; max?: number } = {}
): Promise<Database> {
	if (testEngine() === 'postgres') {
		const base = process.env.TEST_DATABASE_URL as string;
		const name = `${inject('pgPrefix')}_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = new pg.Client({ connectionString: adminUrl(base) });
		await admin.connect();
		await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
		await admin.end();
		const database = await openDatabase({ url: databaseUrl(base, name), max: 5, ...options });
		return {
			...database,
			async close() {
				await database.close();
				const drop = new pg.Client({ connectionString: adminUrl(base) });
				await drop.connect();
				await drop.query(`drop database if exists ${name} with (force)`);
				await drop.end();
			}
		};
	}
	const dump = await readFile(inject('pgliteTemplate'));
	return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]), ...options });
}

/** As `testDatabase`, for a test file that runs on one engine only: typed for that engine. */
export async function testDatabaseOf<E extends Database['engine']>(
	engine: E
): Promise<Extract<Database, { engine: E }>> {
	const database = await testDatabase();
	if (database.engine !== engine) {
		await database.close();
		throw new Error(`a ${engine} test database was expected, not ${database.engine}`);
	}
	return database as Extract<Database, { engine: E }>;
}
