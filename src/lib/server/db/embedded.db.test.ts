// The embedded engine runs PGlite in a worker thread (./embedded): the server's thread keeps
// serving while a query runs, a client that dies leaves nothing behind for the next one, and a
// worker that cannot start or is closed says so instead of leaving callers waiting.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseOf, testEngine } from '../testing/db';
import type { EmbeddedDatabase } from './connect';
import { EmbeddedServer } from './embedded';

describe.runIf(testEngine() === 'pglite')('PGlite in its worker thread', () => {
	let database: EmbeddedDatabase;
	beforeAll(async () => {
		database = await testDatabaseOf('pglite');
	});
	afterAll(() => database?.close());

	const client = () =>
		new pg.Client({
			stream: () => database.embedded.socket(),
			user: 'postgres',
			database: 'postgres',
			ssl: false
		});

	it('keeps the server thread free while a query runs', async () => {
		// Long enough that a timer due at once would wait for it if it ran on this thread.
		const query = sql<{
			n: number;
		}>`select count(*)::int as n from generate_series(1, 3000000)`.execute(database.db);
		let timerFired = false;
		let queryDone = false;
		void query.then(() => (queryDone = true));
		await new Promise<void>((done) => setTimeout(done, 0)).then(() => (timerFired = true));
		expect(timerFired).toBe(true);
		expect(queryDone).toBe(false);
		expect((await query).rows).toEqual([{ n: 3000000 }]);
	});

	it('returns a reply larger than PGlite’s 1 MB buffer whole', async () => {
		const { rows } = await sql<{
			s: string;
		}>`select repeat('ab', 1500000) as s`.execute(database.db);
		const s = rows[0]?.s ?? '';
		expect(s.length).toBe(3000000);
		expect(s.slice(-4)).toBe('abab');
	});

	it('keeps nothing in the worker from one query to the next', async () => {
		const queries = (n: number) =>
			Promise.all(
				Array.from({ length: n }, (_, i) =>
					sql<{ s: string }>`select repeat('x', 2000 + ${i % 7}::int) as s`.execute(database.db)
				)
			);
		await queries(300);
		const before = await database.embedded.heapUsed();
		await queries(3000);
		const after = await database.embedded.heapUsed();
		// Each reply is over 2 KB: kept, 3,000 of them would be over 6 MB.
		expect(after - before).toBeLessThan(1_000_000);
	});

	it('reports a failing statement and keeps serving the next one', async () => {
		await expect(sql`select * from no_such_table`.execute(database.db)).rejects.toThrow(
			/relation "no_such_table" does not exist/
		);
		const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
		expect(rows).toEqual([{ one: 1 }]);
	});

	it('gives a new client a clean session after one died mid-transaction', async () => {
		await sql`create table handover (v text)`.execute(database.db);
		const first = client();
		await first.connect();
		await first.query({ name: 'kept_name', text: 'select 1 as one' });
		await first.query('set statement_timeout = 12345');
		await first.query('begin');
		await first.query(`insert into handover values ('uncommitted')`);
		// The client's socket dies: no commit, no rollback, no deallocation.
		first.on('error', () => undefined);
		first.connection.stream.destroy(new Error('lost'));
		await new Promise((done) => first.once('end', done));

		const second = client();
		await second.connect();
		// The name is free again, the setting is back to its default, the transaction is gone
		// and its row with it.
		const named = await second.query({ name: 'kept_name', text: 'select 2 as two' });
		expect(named.rows).toEqual([{ two: 2 }]);
		const { rows } = await second.query(
			`select count(*)::int as n, current_setting('statement_timeout') as timeout from handover`
		);
		expect(rows).toEqual([{ n: 0, timeout: '0' }]);
		await second.end();
		// And the app's own client, sharing the backend, still works.
		const again = await sql<{ n: number }>`select count(*)::int as n from handover`.execute(
			database.db
		);
		expect(again.rows).toEqual([{ n: 0 }]);
	});

	it('refuses to start on a data directory it cannot use, with the reason', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'crm-embedded-'));
		try {
			const file = join(dir, 'a-file');
			writeFileSync(file, 'not a directory');
			await expect(EmbeddedServer.start({ dataDir: join(file, 'data') })).rejects.toThrow(
				/ENOTDIR|not a directory/i
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses queries once closed, saying so', async () => {
		const server = await EmbeddedServer.start({ dataDir: 'memory://' });
		await server.close();
		expect(server.closed).toBe(true);
		await expect(server.exec(new Uint8Array([83, 0, 0, 0, 4]))).rejects.toThrow(/closed/);
	});

	it('lets a script that never closes the database end on its own', () => {
		// The worker holds the process only while a request is open, as a socket would.
		const script = [
			`import { openDatabase } from ${JSON.stringify(resolve('src/lib/server/db/connect.ts'))};`,
			`import { sql } from 'kysely';`,
			`const { db } = await openDatabase({ dataDir: 'memory://' });`,
			'const { rows } = await sql`select 41 + 1 as answer`.execute(db);',
			`console.log(rows[0].answer);`
		].join('\n');
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', '--input-type=module', '-e', script],
			{
				encoding: 'utf8',
				timeout: 60_000
			}
		);
		expect(run.stderr).toBe('');
		expect(run.signal).toBeNull();
		expect(run.status).toBe(0);
		expect(run.stdout.trim()).toBe('42');
	});
});
