// The embedded database on disk closes itself cleanly when the server stops gracefully:
// adapter-node emits `sveltekit:shutdown` after draining on SIGTERM/SIGINT.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { testEngine } from '../testing/db';
import { openDatabase, SHUTDOWN } from './connect';
import { LOCK_FILE } from './lock';

describe.runIf(testEngine() === 'pglite')('the embedded database on disk', () => {
	const dir = mkdtempSync(join(tmpdir(), 'crm-connect-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('closes on a graceful shutdown: lock released, PostgreSQL shut down, data kept', async () => {
		const listeners = process.listenerCount(SHUTDOWN);
		const first = await openDatabase({ dataDir: dir });
		expect(process.listenerCount(SHUTDOWN)).toBe(listeners + 1);
		await sql`create table kept (v text)`.execute(first.db);
		await sql`insert into kept values ('still here')`.execute(first.db);
		expect(existsSync(join(dir, LOCK_FILE))).toBe(true);

		// @ts-expect-error adapter-node's custom event is not one of Node's typed ones
		process.emit(SHUTDOWN);
		await first.close(); // the same closing, not a second one
		expect(first.engine === 'pglite' && first.embedded.closed).toBe(true);
		expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
		expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
		expect(process.listenerCount(SHUTDOWN)).toBe(listeners);

		const again = await openDatabase({ dataDir: dir });
		const { rows } = await sql<{ v: string }>`select v from kept`.execute(again.db);
		expect(rows).toEqual([{ v: 'still here' }]);
		await again.close();
		expect(process.listenerCount(SHUTDOWN)).toBe(listeners);
	});

	it('leaves in-memory databases alone', async () => {
		const listeners = process.listenerCount(SHUTDOWN);
		const memory = await openDatabase({ dataDir: 'memory://' });
		expect(process.listenerCount(SHUTDOWN)).toBe(listeners);
		await memory.close();
	});
});
