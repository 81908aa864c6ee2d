// Cold start of `npm start` on the embedded database with existing data: time from launching
// the process to the first successful page response. Budget: ≤ 3 s (SPEC §6).
// Run after `npm run build` and with the server stopped: npx tsx bench/cold-start.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.RUNS ?? 7);
const port = 4700 + Math.floor(Math.random() * 200);
const dataDir = mkdtempSync(join(tmpdir(), 'crm-cold-'));

async function once(): Promise<number> {
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let out = '';
	child.stdout?.on('data', (d) => (out += d));
	try {
		for (;;) {
			try {
				const res = await fetch(`http://127.0.0.1:${port}/login`);
				if (res.ok) {
					// A rebuild (sources changed since `npm run build`) is not a cold start.
					if (out.includes('[start] building'))
						throw new Error('npm start rebuilt: run npm run build first');
					return performance.now() - started;
				}
			} catch {
				// not listening yet
			}
			if (child.exitCode !== null) throw new Error('the server exited');
			await new Promise((r) => setTimeout(r, 20));
		}
	} finally {
		child.kill('SIGTERM');
		await new Promise((r) => child.once('exit', r));
	}
}

// The first start creates the data directory (initdb, migrations): not what is measured.
const first = await once();
const times: number[] = [];
for (let i = 0; i < RUNS; i++) times.push(await once());
rmSync(dataDir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(
	JSON.stringify({
		firstStartNewDataDirMs: Math.round(first),
		runs: RUNS,
		medianMs: Math.round(median),
		maxMs: Math.round(times.at(-1) ?? 0),
		budgetMs: 3000
	})
);
