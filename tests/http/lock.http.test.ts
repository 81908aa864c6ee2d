// The embedded database belongs to one process: a second server on the same data directory
// must stop at once with a clear message, and the first must keep serving.
import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { Client } from './client';

describe.runIf(inject('engine') === 'pglite')('the embedded data directory lock', () => {
	it('refuses a second process and leaves the first one working', async () => {
		const child = spawn(process.execPath, ['build/index.js'], {
			env: { ...process.env, DATA_DIR: inject('dataDir'), PORT: '0', DATABASE_URL: '' },
			stdio: 'pipe'
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const code = await new Promise<number | null>((resolve) => {
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				resolve(null);
			}, 20_000);
			child.once('exit', (c) => {
				clearTimeout(timer);
				resolve(c);
			});
		});
		expect(code).toBe(1);
		expect(output).toMatch(/is already in use by process \d+/);
		expect(output).toMatch(/Only one process may open it/);
		expect(output).not.toMatch(/at .*\.js:\d+/); // the reason, not a stack trace

		const res = await new Client().get('/healthz');
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ status: 'ok', database: 'pglite' });
	});
});
