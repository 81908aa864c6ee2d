// Throughput of the server-rendered question pages against the simplest pages of the same build
// (SPEC §6: a question page serves ≥ 50% of the requests/s of a bare SvelteKit route).
//
//   npm run build
//   npx tsx bench/question-page.ts [--engine pglite|postgres] [--seconds 10] [--connections 16]
//                                  [--rounds 3]
//                                  [--only wizard] [--profile bench/out/profile]
//
// Needs wrk (Debian: apt-get install wrk). Starts the production build on a fresh database,
// signs up, starts a self-assessment of the three lenses with some answers, opens a workshop
// and joins it as a participant, then runs wrk against each page in turn, with the cookies a
// browser would send. Pages: /login (no session: the bare route), /account (a signed-in page
// with one query), the self-assessment wizard (…/respond) and the participant's page (/j/<code>).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { adminUrl, databaseUrl } from '../src/lib/server/testing/urls';
import { startServer, stopServer } from './server';
import { BenchClient } from './workshop-client';

const { values: opts } = parseArgs({
	options: {
		engine: { type: 'string', default: 'pglite' },
		seconds: { type: 'string', default: '10' },
		connections: { type: 'string', default: '16' },
		// Write a V8 CPU profile of the server to this directory (open it in Chrome's DevTools).
		profile: { type: 'string' },
		// Only the pages whose label contains this text.
		only: { type: 'string' },
		// Write each page's HTML to this directory (to see what a page carries).
		html: { type: 'string' },
		// Run the pages in turn this many times and report each page's median: the machine's
		// noise (±10% from one run to the next) is larger than many of the changes measured.
		rounds: { type: 'string', default: '3' }
	}
});
const engine = opts.engine === 'postgres' ? 'postgres' : 'pglite';
const LENSES = ['strategic-planning', 'failure-risks', 'building-blocks'];
const port = 4650;
const origin = `http://127.0.0.1:${port}`;

// CPU time (ms) used so far by a process, by every PostgreSQL process, and by this script's
// reaped children (wrk), from /proc: where each page's time goes, per request.
const TICK_MS = 10; // USER_HZ is 100 on Linux
function procTicks(stat: string): number {
	const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(f[11]) + Number(f[12]); // utime + stime
}
function cpuNow(serverPid: number) {
	// Per process: a backend that ends between two readings must not subtract its whole past
	// from the difference (it made the column negative); its last moments are lost instead.
	const postgres = new Map<string, number>();
	for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			if (stat.includes('(postgres)')) postgres.set(pid, procTicks(stat) * TICK_MS);
		} catch {
			// gone
		}
	}
	const self = readFileSync('/proc/self/stat', 'utf8');
	const f = self.slice(self.lastIndexOf(')') + 2).split(' ');
	return {
		server: procTicks(readFileSync(`/proc/${serverPid}/stat`, 'utf8')) * TICK_MS,
		postgres,
		wrk: (Number(f[13]) + Number(f[14])) * TICK_MS // cutime + cstime
	};
}

function wrk(
	path: string,
	cookie: string
): { rps: number; p50: string; p99: string; requests: number } {
	const args = ['-t', '1', '-c', opts.connections, '-d', `${opts.seconds}s`, '--latency'];
	if (cookie) args.push('-H', `Cookie: ${cookie}`);
	args.push('-H', 'Accept: text/html', `${origin}${path}`);
	const r = spawnSync('wrk', args, { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr || r.error}`);
	const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(r.stdout)?.[1]);
	const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(r.stdout)?.[1];
	if (non2xx) throw new Error(`${path}: ${non2xx} responses were not 2xx/3xx`);
	const p50 = /\s50%\s+(\S+)/.exec(r.stdout)?.[1] ?? '?';
	const p99 = /\s99%\s+(\S+)/.exec(r.stdout)?.[1] ?? '?';
	const requests = Number(/(\d+) requests in/.exec(r.stdout)?.[1]);
	return { rps, p50, p99, requests };
}

async function main() {
	const env: Record<string, string> = {};
	let cleanup = async () => {};
	if (engine === 'postgres') {
		const base = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
		if (!base) throw new Error('set DATABASE_URL or TEST_DATABASE_URL');
		const name = `crm_qbench_${Date.now().toString(36)}`;
		const admin = new pg.Client({ connectionString: adminUrl(base) });
		await admin.connect();
		await admin.query(`create database ${name}`);
		env.DATABASE_URL = databaseUrl(base, name);
		cleanup = async () => {
			await admin.query(`drop database if exists ${name} with (force)`);
			await admin.end();
		};
	} else {
		const dir = mkdtempSync(join(tmpdir(), 'crm-qbench-'));
		env.DATA_DIR = dir;
		cleanup = async () => rmSync(dir, { recursive: true, force: true });
	}
	const server = await startServer({
		port,
		env,
		nodeFlags: opts.profile ? ['--cpu-prof', '--cpu-prof-dir', opts.profile] : []
	});
	try {
		const user = new BenchClient(origin);
		await user.action('/signup', {
			name: 'Bench Executive',
			email: `qbench-${Date.now()}@example.com`,
			password: 'correct horse battery'
		});
		const org = await user.action('/orgs?/create', { name: 'Bench Ltd' });
		const orgId = org.location?.split('/')[2] ?? '';
		const self = await user.action(`/orgs/${orgId}/assessments/new?/create`, {
			title: 'Self-assessment',
			mode: 'self',
			lenses: LENSES,
			locale: 'en'
		});
		const respond = `/orgs/${orgId}/assessments/${self.location?.split('/')[4]}/respond`;
		await user.action(`${respond}?/start`, { role: 'executive' });
		const status = await user.postJson(`${respond}/save`, {
			answers: [
				{ item: 'vision', statement: 'crm-vision', answer: 3, seq: 1 },
				{ item: 'executive-buy-in', statement: 'exec-sponsor', answer: 2, seq: 2 }
			],
			comments: [{ item: 'vision', body: 'A comment to render.', seq: 3 }]
		});
		if (status !== 200) throw new Error(`save answered ${status}`);

		const workshop = await user.action(`/orgs/${orgId}/assessments/new?/create`, {
			title: 'Workshop',
			mode: 'workshop',
			lenses: LENSES,
			locale: 'en'
		});
		const live = `/orgs/${orgId}/assessments/${workshop.location?.split('/')[4]}/live`;
		await user.action(`${live}?/open`);
		for (const lens of LENSES) await user.action(`${live}?/section`, { lens, open: 'true' });
		const code = (await (await user.get(live)).text()).match(/\/j\/([a-z2-9]{10})/)?.[1];
		if (!code) throw new Error('no join code');
		const participant = new BenchClient(origin);
		await participant.action(`/j/${code}?/join`, { role: 'specialist' });

		for (const [path, client] of [
			[respond, user],
			[`/j/${code}`, participant]
		] as const) {
			const res = await client.get(path);
			const html = await res.text();
			if (res.status !== 200 || !html.includes('type="radio"'))
				throw new Error(`${path} did not render the question page (${res.status})`);
		}

		const pages: [string, string, string][] = [
			['bare route: /login (no session)', '/login', ''],
			['signed-in page: /account', '/account', user.cookieHeader()],
			['question page: self-assessment wizard', respond, user.cookieHeader()],
			['question page: workshop participant', `/j/${code}`, participant.cookieHeader()]
		];
		if (opts.html) {
			mkdirSync(opts.html, { recursive: true });
			for (const [label, path, cookie] of pages) {
				const res = await fetch(`${origin}${path}`, { headers: { cookie, accept: 'text/html' } });
				writeFileSync(join(opts.html, `${label.replace(/\W+/g, '-')}.html`), await res.text());
			}
		}
		wrk('/login', ''); // warm-up
		// The bare route always runs (it is what the others are compared with), except when
		// profiling: then the profile holds the chosen page alone.
		const chosen = pages.filter(
			([label], i) => (i === 0 && !opts.profile) || !opts.only || label.includes(opts.only)
		);
		const runs = chosen.map(() => [] as ReturnType<typeof wrk>[]);
		const cpu = chosen.map(() => ({ server: 0, postgres: 0, wrk: 0, requests: 0 }));
		const pid = server.pid ?? 0;
		for (let round = 0; round < Number(opts.rounds); round++)
			chosen.forEach(([, path, cookie], i) => {
				const before = cpuNow(pid);
				const run = wrk(path, cookie);
				const after = cpuNow(pid);
				runs[i]?.push(run);
				const c = cpu[i];
				if (!c) return;
				c.server += after.server - before.server;
				for (const [p, ms] of after.postgres) c.postgres += ms - (before.postgres.get(p) ?? 0);
				c.wrk += after.wrk - before.wrk;
				c.requests += run.requests;
			});
		const bareRuns = chosen[0] === pages[0] ? (runs[0] ?? []) : [];
		const median = (xs: number[]) =>
			[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
		const rows = chosen.map(([label], i) => {
			const all = runs[i] ?? [];
			const mid = [...all].sort((a, b) => a.rps - b.rps)[Math.floor(all.length / 2)];
			return { label, all, ...(mid ?? { rps: NaN, p50: '?', p99: '?' }) };
		});
		// The share of the bare route in each round (the pages of one round ran back to back),
		// then its median: steadier than the ratio of two medians.
		const shares = (i: number) =>
			(runs[i] ?? []).map((r, round) => (100 * r.rps) / (bareRuns[round]?.rps ?? NaN));
		console.log(
			`\n${engine}, ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}, ` +
				`wrk -t1 -c${opts.connections} -d${opts.seconds}s, median of ${opts.rounds} rounds\n`
		);
		console.log(
			'| page | requests/s (median) | p50 | p99 | vs. bare route (median) | each round | CPU µs per request: server / PostgreSQL / wrk |'
		);
		console.log('| --- | --- | --- | --- | --- | --- | --- |');
		const per = (ms: number, n: number) => ((1000 * ms) / n).toFixed(0);
		rows.forEach((r, i) => {
			const c = cpu[i] ?? { server: 0, postgres: 0, wrk: 0, requests: 1 };
			console.log(
				`| ${r.label} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${median(shares(i)).toFixed(0)}% | ` +
					`${r.all.map((x, k) => `${x.rps.toFixed(0)} (${shares(i)[k]?.toFixed(0)}%)`).join(', ')} | ` +
					`${per(c.server, c.requests)} / ${per(c.postgres, c.requests)} / ${per(c.wrk, c.requests)} |`
			);
		});
	} finally {
		await stopServer(server);
		await cleanup();
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
