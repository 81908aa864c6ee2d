// What the HTTP benchmarks share: starting the production build (`npm run build`) on a port and
// waiting for /healthz, an embedded database seeded with the demo, percentiles, and the line
// that says which machine and load a figure was measured on.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrate } from '../src/lib/server/db/migrate';
import { seedDemo } from '../src/lib/server/demo/seed';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The p-quantile (0–1) of xs, by nearest rank; NaN when xs is empty. */
export const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

export const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

export const machine = () =>
	`${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, load ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`;

/**
 * Starts a production build (`<app>/build/index.js`, or the `entry` given) on the port with the
 * environment given (DATA_DIR or DATABASE_URL), and resolves once /healthz answers.
 */
export async function startServer(options: {
	port: number;
	env: Record<string, string>;
	app?: string;
	entry?: string;
	nodeFlags?: string[];
}): Promise<ChildProcess> {
	const app = resolve(options.app ?? '.');
	const entry = resolve(options.entry ?? join(app, 'build/index.js'));
	if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
	const origin = `http://127.0.0.1:${options.port}`;
	const child = spawn(process.execPath, [...(options.nodeFlags ?? []), entry], {
		cwd: app,
		env: { ...process.env, ...options.env, PORT: String(options.port), ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 600; i++) {
		if (child.exitCode !== null) throw new Error('server exited');
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return child;
		} catch {
			// not listening yet
		}
		await sleep(100);
	}
	child.kill();
	throw new Error('server did not start');
}

export async function stopServer(child: ChildProcess) {
	if (child.exitCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill();
	await exited;
}

/** A fresh embedded database in a temporary directory, migrated and seeded with the demo. */
export async function demoDataDir(prefix: string, seed?: Parameters<typeof seedDemo>[1]) {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const database = await openDatabase({ dataDir: dir });
	await migrate(database.db);
	const ids = await seedDemo(database.db, seed);
	await database.close();
	return { dir, ids };
}
