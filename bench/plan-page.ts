// `npx tsx bench/plan-page.ts [--runs 40] [--out bench/out/plan-page.html]`: the plan page of the
// demo workshop (25 people, three lenses), as its editor sees it. Budget (issue 14 §7): ≤ 120 KB
// of HTML and a server time p50 ≤ 60 ms.
//
// Needs `npm run build`. Seeds the demo into a fresh embedded database, starts the production
// build on it, logs in as the demo consultant and requests the plan page `runs` times in turn
// (after 5 warm-up requests). The time is the request's wall time on the loopback, one request
// at a time: the server's time plus a fraction of a millisecond of transport.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrate } from '../src/lib/server/db/migrate';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from '../src/lib/server/demo/seed';
import { BenchClient } from './workshop-client';

const { values: opts } = parseArgs({
	options: {
		runs: { type: 'string', default: '40' },
		out: { type: 'string' },
		port: { type: 'string', default: '4652' },
		path: { type: 'string', default: 'plan' }
	}
});
const port = Number(opts.port);
const origin = `http://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, ...env, PORT: String(port), ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 400; i++) {
		if (child.exitCode !== null) throw new Error('server exited');
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return child;
		} catch {
			// not listening yet
		}
		await sleep(150);
	}
	throw new Error('server did not start');
}

async function main() {
	if (!existsSync('build/index.js')) throw new Error('run `npm run build` first');
	const dir = mkdtempSync(join(tmpdir(), 'crm-planbench-'));
	const database = await openDatabase({ dataDir: dir });
	await migrate(database.db);
	const ids = await seedDemo(database.db);
	await database.close();
	const server = await startServer({ DATA_DIR: dir });
	try {
		const user = new BenchClient(origin);
		const login = await user.action('/login', { email: DEMO_EMAIL, password: DEMO_PASSWORD });
		if (!login.location) throw new Error('login failed');
		const path = `/orgs/${ids.organisationId}/assessments/${ids.assessmentId}/${opts.path}`;
		const get = async () => {
			const t = performance.now();
			const res = await user.get(path);
			const html = await res.text();
			if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
			return { ms: performance.now() - t, html };
		};
		for (let i = 0; i < 5; i++) await get();
		const times: number[] = [];
		let html = '';
		for (let i = 0; i < Number(opts.runs); i++) {
			const r = await get();
			times.push(r.ms);
			html = r.html;
		}
		if (opts.out) {
			mkdirSync(dirname(opts.out), { recursive: true });
			writeFileSync(opts.out, html);
		}
		const bytes = Buffer.byteLength(html);
		console.log(
			JSON.stringify(
				{
					page: opts.path,
					htmlBytes: bytes,
					htmlKB: +(bytes / 1024).toFixed(1),
					p50ms: +pct(times, 0.5).toFixed(1),
					p90ms: +pct(times, 0.9).toFixed(1),
					runs: times.length,
					machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg()
						.map((l) => l.toFixed(2))
						.join(' ')}`,
					date: new Date().toISOString()
				},
				null,
				2
			)
		);
	} finally {
		server.kill();
		await new Promise((r) => server.once('exit', r));
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
