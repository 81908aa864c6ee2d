// The workshop benchmark: N simultaneous participants (default 300) each saving M answers
// (default 60) through the HTTP endpoints the browser uses — join action, JSON saves, the
// participant's event stream — against the production build, while a facilitator's live view
// follows over server-sent events. Reports answers lost (counted in the database), save latency
// and how long after a save the live view showed it.
//
//   npm run build
//   npx tsx bench/workshop.ts --engine postgres --instances 2   # DATABASE_URL or TEST_DATABASE_URL
//   npx tsx bench/workshop.ts --engine pglite
//
// Each participant answers one statement per save, like a person tapping through the wizard,
// after a think time drawn uniformly from 0.5–1.5 × --think ms (default 1000: all of them
// together save ~N per second). With --instances 2 (PostgreSQL only) participants alternate
// between two app processes and the live view is on the first one, so every other save
// reaches it through LISTEN/NOTIFY.
//
// With --consensus MS, the facilitator also records what the room agreed during the load: every
// MS ms the next statement's agreed level (the answers' median, the one-key path) with a
// rationale, through the live page's form action — each record re-scores the workshop for the
// median and pushes the agreed level to every phone.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { isPutTo } from '../src/lib/questionnaires/audience';
import { audienceOf, isRoleLayer } from '../src/lib/scoring/roles';
import { loadQuestionnaires } from '../src/lib/server/questionnaires/load';
import { openDatabase } from '../src/lib/server/db/connect';
import { adminUrl, databaseUrl } from '../src/lib/server/testing/urls';
import { sleep, startServer } from './server';
import { BenchClient } from './workshop-client';

const { values: opts } = parseArgs({
	options: {
		engine: { type: 'string', default: 'postgres' },
		participants: { type: 'string', default: '300' },
		answers: { type: 'string', default: '60' },
		instances: { type: 'string' },
		think: { type: 'string', default: '1000' },
		consensus: { type: 'string', default: '0' },
		// Write a V8 CPU profile of each app instance to this directory.
		profile: { type: 'string' },
		// A copy of the build, when others may rebuild build/ during the run.
		build: { type: 'string', default: 'build' }
	}
});
const engine = opts.engine === 'pglite' ? 'pglite' : 'postgres';
const PARTICIPANTS = Number(opts.participants);
const ANSWERS = Number(opts.answers);
const INSTANCES = engine === 'pglite' ? 1 : Number(opts.instances ?? 1);
const THINK = Number(opts.think);
const CONSENSUS_EVERY = Number(opts.consensus);
const LENSES = ['strategic-planning', 'failure-risks', 'building-blocks'];
const ROLES = ['executive', 'middle_manager', 'specialist', 'consultant', 'other'];

function pct(sorted: number[], p: number) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * The statements a participant of this role is asked, in questionnaire order, as the wizard
 * walks them: v2 puts some statements to one role layer only (a workshop asks by layer), and
 * answers to the others are refused.
 */
function statementsFor(role: string) {
	const audience = isRoleLayer(role) ? audienceOf(role, true) : 'all';
	const content = loadQuestionnaires();
	return LENSES.flatMap((id) => {
		const q = content.lenses.find((l) => l.id === id);
		if (!q) throw new Error(`no lens ${id}`);
		return q.items.flatMap((i) =>
			i.statements
				.filter((s) => isPutTo(s, audience, null))
				.map((s) => ({ item: i.id, statement: s.id }))
		);
	});
}

/** User + system CPU seconds a child process has used so far (Linux /proc). */
function cpuSeconds(child: ChildProcess): number {
	try {
		const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return NaN;
	}
}

async function main() {
	const loadBefore = loadavg()[0]?.toFixed(1);
	if (!existsSync(join(opts.build, 'index.js'))) throw new Error('run `npm run build` first');
	const lists = new Map(ROLES.map((role) => [role, statementsFor(role).slice(0, ANSWERS)]));
	for (const [role, l] of lists)
		if (l.length < ANSWERS) throw new Error(`only ${l.length} statements for ${role}`);
	// The facilitator walks the statements put to everyone.
	const list = statementsFor('consultant').slice(0, ANSWERS);

	// A fresh database for this run.
	const env: Record<string, string> = {};
	let dataDir = '';
	let url = '';
	const base = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
	if (engine === 'postgres') {
		if (!base) throw new Error('set DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server');
		const name = `crm_bench_${Date.now().toString(36)}`;
		const admin = new pg.Client({ connectionString: adminUrl(base) });
		await admin.connect();
		await admin.query(`create database ${name}`);
		await admin.end();
		url = databaseUrl(base, name);
		env.DATABASE_URL = url;
	} else {
		dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
		env.DATA_DIR = dataDir;
	}
	const ports = Array.from({ length: INSTANCES }, (_, i) => 4600 + i);
	const servers: ChildProcess[] = [];
	// One at a time: the first applies the migrations.
	for (const port of ports)
		servers.push(
			await startServer({
				port,
				env,
				entry: join(opts.build, 'index.js'),
				nodeFlags: opts.profile ? ['--cpu-prof', '--cpu-prof-dir', opts.profile] : []
			})
		);
	const origins = ports.map((p) => `http://127.0.0.1:${p}`);

	// The facilitator sets up a workshop with every section open, as the browser does.
	const facilitator = new BenchClient(origins[0] as string);
	await facilitator.action('/signup', {
		name: 'Bench Facilitator',
		email: `bench-${Date.now()}@example.com`,
		password: 'correct horse battery'
	});
	const org = await facilitator.action('/orgs?/create', { name: 'Bench Ltd' });
	const orgId = org.location?.split('/')[2] ?? '';
	const created = await facilitator.action(`/orgs/${orgId}/assessments/new?/create`, {
		title: 'Benchmark workshop',
		mode: 'workshop',
		lenses: LENSES,
		locale: 'en'
	});
	const assessmentId = created.location?.split('/')[4] ?? '';
	const live = `/orgs/${orgId}/assessments/${assessmentId}/live`;
	await facilitator.action(`${live}?/open`);
	for (const lens of LENSES) await facilitator.action(`${live}?/section`, { lens, open: 'true' });
	const code = (await (await facilitator.get(live)).text()).match(/\/j\/([a-z2-9]{10})/)?.[1];
	if (!code) throw new Error('no join code');

	// The big screen.
	const views: { arrived: number; asOf: number; answering: number }[] = [];
	const closeView = await facilitator.stream(`${live}/events`, (event, data) => {
		const s = data as { asOf: number; answering: number };
		if (event === 'snapshot')
			views.push({ arrived: Date.now(), asOf: s.asOf, answering: s.answering });
	});

	const saves: { ms: number; done: number }[] = [];
	const joins: number[] = [];
	let retries = 0;
	let failed = 0;
	let phoneEvents = 0;
	const phones: (() => void)[] = [];

	async function participant(i: number) {
		const client = new BenchClient(origins[i % origins.length] as string);
		const t0 = performance.now();
		await client.action(`/j/${code}?/join`, {
			role: ROLES[i % ROLES.length] as string,
			department: `Dept ${i % 7}`
		});
		joins.push(performance.now() - t0);
		phones.push(await client.stream(`/j/${code}/events`, () => phoneEvents++));
		const list = lists.get(ROLES[i % ROLES.length] as string) ?? [];
		for (const [k, s] of list.entries()) {
			await sleep(THINK * (0.5 + Math.random()));
			const level = (i + k) % 6;
			// The wizard sends its position only when the participant moves to another item.
			const moved = k === 0 || list[k - 1]?.item !== s.item;
			const batch = {
				answers: [{ ...s, answer: level === 5 ? 'dont-know' : level, seq: Date.now() * 1000 + k }],
				comments: [],
				...(moved ? { position: s.item } : {})
			};
			// Like the browser's save queue: an unacknowledged save is retried with backoff.
			for (let attempt = 0; ; attempt++) {
				const started = performance.now();
				const status = await client.postJson(`/j/${code}/save`, batch).catch(() => 0);
				if (status === 200) {
					saves.push({ ms: performance.now() - started, done: Date.now() });
					break;
				}
				if (attempt >= 8) {
					failed++;
					break;
				}
				retries++;
				await sleep(200 * 2 ** attempt);
			}
		}
	}

	// The facilitator walking the discussion list while people answer.
	const agreements: number[] = [];
	let agreementsRefused = 0;
	// Why each refused agreement was refused (the action's answer): said in the report.
	const refusals = new Map<string, number>();
	let answering = true;
	async function facilitate() {
		for (let k = 0; answering && CONSENSUS_EVERY > 0; k++) {
			await sleep(CONSENSUS_EVERY);
			const s = list[k % list.length];
			if (!s || !answering) break;
			const t0 = performance.now();
			try {
				await facilitator.action(`${live}?/consensus`, {
					...s,
					level: 'median',
					rationale: `Agreed in the room (${k + 1})`,
					// A statement's first agreement starts from version 0; a later lap edits it.
					version: String(Math.floor(k / list.length))
				});
				agreements.push(performance.now() - t0);
			} catch (err) {
				agreementsRefused++;
				const why = (err as Error).message.replace(/^[^:]*: /, '').slice(0, 200);
				refusals.set(why, (refusals.get(why) ?? 0) + 1);
			}
		}
	}

	const started = Date.now();
	const cpuBefore = servers.map(cpuSeconds);
	const benchCpu = process.cpuUsage();
	const facilitating = facilitate();
	await Promise.all(Array.from({ length: PARTICIPANTS }, (_, i) => participant(i)));
	answering = false;
	await facilitating;
	const elapsed = (Date.now() - started) / 1000;
	const serverCpu = servers.reduce((n, s, i) => n + cpuSeconds(s) - (cpuBefore[i] ?? 0), 0);
	const clientCpu = (process.cpuUsage(benchCpu).user + process.cpuUsage(benchCpu).system) / 1e6;
	const lastSave = Math.max(...saves.map((s) => s.done));
	for (let i = 0; i < 100 && !views.some((v) => v.asOf >= lastSave); i++) await sleep(100);
	closeView();
	phones.forEach((close) => close());

	// Answers in the database (PGlite: read once the server has let go of the data directory).
	for (const s of servers) s.kill('SIGTERM');
	await Promise.all(servers.map((s) => new Promise((r) => s.once('exit', r))));
	const db = await openDatabase(engine === 'postgres' ? { url } : { dataDir });
	const row = await db.db
		.selectFrom('answers')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('assessment_id', '=', assessmentId)
		.executeTakeFirstOrThrow();
	await db.close();
	if (engine === 'postgres') {
		const admin = new pg.Client({ connectionString: adminUrl(base as string) });
		await admin.connect();
		await admin.query(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
		await admin.end();
	} else rmSync(dataDir, { recursive: true, force: true });

	// Live latency: a save is on the big screen in the first view read after it was acknowledged.
	const lags = saves
		.map((s) => {
			const view = views.find((v) => v.asOf >= s.done);
			return view ? view.arrived - s.done : Infinity;
		})
		.sort((a, b) => a - b);
	const ms = saves.map((s) => s.ms).sort((a, b) => a - b);
	const joinMs = joins.sort((a, b) => a - b);
	const agreementSorted = agreements.sort((a, b) => a - b);
	const expected = PARTICIPANTS * ANSWERS;
	const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '∞');
	const lines = [
		`engine: ${engine}${INSTANCES > 1 ? `, ${INSTANCES} app instances (live view on the first)` : ', 1 app instance'}`,
		`participants: ${PARTICIPANTS} × ${ANSWERS} answers, one answer per save, think time ${THINK * 0.5}–${THINK * 1.5} ms`,
		`run: ${elapsed.toFixed(1)} s, ${(saves.length / elapsed).toFixed(0)} saves/s`,
		`answers in the database: ${Number(row.n)} of ${expected} — lost: ${expected - Number(row.n)} (failed saves: ${failed}, retries: ${retries})`,
		`save latency: p50 ${f(pct(ms, 50))} ms, p99 ${f(pct(ms, 99))} ms, max ${f(ms[ms.length - 1] ?? NaN)} ms`,
		`join latency: p50 ${f(pct(joinMs, 50))} ms, p99 ${f(pct(joinMs, 99))} ms`,
		`save → live view: p50 ${f(pct(lags, 50))} ms, p99 ${f(pct(lags, 99))} ms, max ${f(lags[lags.length - 1] ?? NaN)} ms (${views.length} live updates)`,
		`participant event streams: ${PARTICIPANTS} open, ${phoneEvents} events received`,
		...(CONSENSUS_EVERY > 0
			? [
					`agreements recorded during the load: ${agreements.length} (refused: ${agreementsRefused}), latency p50 ${f(pct(agreementSorted, 50))} ms, p99 ${f(pct(agreementSorted, 99))} ms`,
					...[...refusals].map(([why, n]) => `  refused ${n}×: ${why}`)
				]
			: []),
		`CPU during the run: app ${serverCpu.toFixed(1)} s (${((serverCpu * 1000) / saves.length).toFixed(2)} ms per save), load generator ${clientCpu.toFixed(1)} s; load average before/after ${loadBefore} / ${loadavg()[0]?.toFixed(1)}`,
		`machine: ${cpus().length} cores, ${cpus()[0]?.model.trim()}, node ${process.version}`
	];
	console.log(lines.join('\n'));
	if (expected !== Number(row.n)) process.exitCode = 1;
}

await main();
