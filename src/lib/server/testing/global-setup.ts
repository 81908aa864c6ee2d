// Once per test run and engine: build a migrated template that every test file clones,
// so each file starts from a fresh, fully migrated database in milliseconds.
import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/connect';
import { migrate } from '../db/migrate';
import { adminUrl, databaseUrl } from './urls';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
		pgTemplate: string;
		pgPrefix: string;
	}
}

export default async function setup(project: TestProject) {
	const engine = project.config.env?.TEST_ENGINE ?? 'pglite';
	const run = `crm_t_${process.pid}_${Date.now().toString(36)}`;
	if (engine === 'postgres') {
		const base = process.env.TEST_DATABASE_URL;
		if (!base) throw new Error('TEST_DATABASE_URL is required for the postgres test project');
		const admin = new pg.Client({ connectionString: adminUrl(base) });
		await admin.connect();
		const template = `${run}_tpl`;
		await admin.query(`create database ${template}`);
		const database = await openDatabase({ url: databaseUrl(base, template), max: 1 });
		await migrate(database.db);
		await database.close();
		project.provide('pgTemplate', template);
		project.provide('pgPrefix', run);
		return async () => {
			const { rows } = await admin.query<{ datname: string }>(
				`select datname from pg_database where datname like $1`,
				[`${run}%`]
			);
			// The template last: clones must go first.
			for (const { datname } of rows.sort((a) => (a.datname === template ? 1 : -1)))
				await admin.query(`drop database if exists ${datname} with (force)`);
			await admin.end();
		};
	}
	const database = await openDatabase({ dataDir: 'memory://' });
	await migrate(database.db);
	const dump = database.engine === 'pglite' ? await database.embedded.dumpDataDir() : undefined;
	await database.close();
	if (!dump) throw new Error('PGlite did not produce a data dump');
	const file = join(tmpdir(), `${run}.tar.gz`);
	await writeFile(file, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteTemplate', file);
	return () => rm(file, { force: true });
}
