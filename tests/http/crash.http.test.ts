// Crash safety, on each engine: a server of this test's own, on a database of its own, takes a
// live workshop's load (participants saving answers one at a time, a plan being edited, customers
// being created) and is killed with SIGKILL mid-run. Restarted on the same database, it must
// still hold everything a client saw acknowledged — a 200 for a save, a success for a plan edit,
// a 303 for a new customer. Requests cut off by the kill were never acknowledged: they may or may
// not have been committed, and either is correct.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { LOCK_FILE } from '../../src/lib/server/db/lock';
import { loadQuestionnaires } from '../../src/lib/server/questionnaires/load';
import { adminUrl, databaseUrl } from '../../src/lib/server/testing/urls';
import { Client, createOrganisation, signUp } from './client';
import { freePort, waitForHealth } from './server';
import { save, startWorkshop } from './workshop-support';

const engine = inject('engine');
const PARTICIPANTS = 20;
/** The load runs at least this long, and until this many saves were acknowledged. */
const MIN_LOAD_MS = 1_000;
const MIN_ACKNOWLEDGED = 100;
// What an executive is asked (v2 puts some statements to other role layers only).
const STATEMENTS = loadQuestionnaires().lenses.flatMap((l) =>
	l.items.flatMap((i) =>
		i.statements
			.filter((s) => !s.audience || s.audience.includes('executive'))
			.map((s) => ({ item: i.id, statement: s.id }))
	)
);

const exited = (child: ChildProcess) =>
	new Promise<void>((resolve) =>
		child.exitCode !== null || child.signalCode !== null
			? resolve()
			: child.once('exit', () => resolve())
	);

/** A production server of this test's own; `start` again after a crash reuses port and database. */
class Server {
	child: ChildProcess | null = null;
	output = '';
	constructor(
		readonly url: string,
		private readonly env: Record<string, string>
	) {}

	async start() {
		const child = spawn(process.execPath, ['build/index.js'], { env: this.env, stdio: 'pipe' });
		this.child = child;
		child.stdout?.on('data', (d) => (this.output += d));
		child.stderr?.on('data', (d) => (this.output += d));
		await waitForHealth(this.url, child, () => this.output);
	}

	async stop(signal: NodeJS.Signals) {
		const child = this.child;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		child.kill(signal);
		await exited(child);
	}
}

interface Sent {
	key: string;
	level: number;
	seq: number;
}

/** One participant saving one answer per request, each acknowledged save remembered. */
class Participant {
	readonly acknowledged = new Map<string, Sent>();
	inFlight: Sent | null = null;
	failure: string | null = null;
	constructor(
		readonly client: Client,
		readonly name: string,
		private readonly offset: number
	) {}

	async run(code: string, running: () => boolean) {
		for (let n = 0; running(); n++) {
			const s = STATEMENTS[(this.offset + n) % STATEMENTS.length] as (typeof STATEMENTS)[number];
			const sent = { key: `${s.item}/${s.statement}`, level: (this.offset + n) % 5, seq: n + 1 };
			this.inFlight = sent;
			let status: number;
			try {
				status = (await save(this.client, code, [{ ...s, answer: sent.level, seq: sent.seq }]))
					.status;
			} catch (err) {
				// Cut off by the kill: not acknowledged. Before the kill, a failure is a failure.
				if (running()) this.failure = String(err);
				return;
			}
			// The answer is sent once the handler has returned, i.e. after the commit.
			if (status === 200) this.acknowledged.set(sent.key, sent);
			else if (running()) this.failure = `save answered ${status}`;
			this.inFlight = null;
			if (status !== 200) return;
		}
	}
}

type Rows = Record<string, unknown>[];
type Query = (sql: string, params?: unknown[]) => Promise<Rows>;

describe(`crash safety (${engine})`, () => {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const cleanup of cleanups.reverse()) await cleanup();
	});

	it('keeps every acknowledged answer, plan edit and customer through kill -9 and a restart', async () => {
		const started = Date.now();
		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		const env = { ...process.env, PORT: String(port), ORIGIN: url } as Record<string, string>;
		delete env.DATABASE_URL;
		delete env.DATA_DIR;
		env.ADDRESS_HEADER = 'x-forwarded-for';
		env.XFF_DEPTH = '1';
		let dataDir = '';
		let pgUrl = '';
		if (engine === 'postgres') {
			const base = process.env.TEST_DATABASE_URL || inject('databaseUrl');
			const name = `crm_crash_${process.pid}_${Date.now().toString(36)}`;
			const admin = new pg.Client({ connectionString: adminUrl(base) });
			await admin.connect();
			await admin.query(`create database ${name}`);
			pgUrl = env.DATABASE_URL = databaseUrl(base, name);
			cleanups.push(async () => {
				await admin.query(`drop database if exists ${name} with (force)`);
				await admin.end();
			});
		} else {
			dataDir = env.DATA_DIR = mkdtempSync(join(tmpdir(), 'crm-crash-'));
			cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
		}
		const server = new Server(url, env);
		cleanups.push(() => server.stop('SIGKILL'));
		await server.start();

		// A workshop with its participants, and a self-assessment whose plan is edited.
		const facilitator = new Client(url);
		await signUp(facilitator, 'Cass Crash');
		const orgId = await createOrganisation(facilitator, 'Crash Ltd');
		const w = await startWorkshop({ facilitator, orgId });
		const workshopId = w.base.split('/')[4];
		const tag = Date.now().toString(36);
		const participants = await Promise.all(
			Array.from({ length: PARTICIPANTS }, async (_, i) => {
				const client = new Client(url);
				const name = `crash-${tag}-${i}`;
				const joined = await client.action(`/j/${w.code}?/join`, { role: 'executive', name });
				expect(joined.type, JSON.stringify(joined)).toBe('success');
				return new Participant(client, name, i * 7);
			})
		);
		const plan = await planToEdit(facilitator, orgId);

		// The load, and the kill in the middle of it.
		let alive = true;
		const running = () => alive;
		const loadStart = Date.now();
		const editor = editPlan(facilitator, plan, running);
		const register = createCustomers(facilitator, orgId, running);
		const load = Promise.all([
			...participants.map((p) => p.run(w.code, running)),
			editor.done,
			register.done
		]);
		const acknowledged = () => participants.reduce((n, p) => n + p.acknowledged.size, 0);
		while (
			Date.now() - loadStart < MIN_LOAD_MS ||
			acknowledged() < MIN_ACKNOWLEDGED ||
			editor.acknowledged.length < 2 ||
			register.acknowledged.length < 2
		) {
			const failures = [...participants.map((p) => p.failure), editor.failure, register.failure];
			const failure = failures.find((f) => f !== null);
			if (failure) throw new Error(`before the kill: ${failure}`);
			await new Promise((r) => setTimeout(r, 10));
		}
		const killedAfter = Date.now() - loadStart;
		alive = false;
		const victim = server.child as ChildProcess;
		process.kill(victim.pid as number, 'SIGKILL');
		await exited(victim);
		await load;
		expect(victim.signalCode).toBe('SIGKILL');
		for (const p of participants) expect(p.failure, p.name).toBeNull();
		expect(editor.failure).toBeNull();
		expect(register.failure).toBeNull();
		const saves = acknowledged();
		const cutOff = participants.flatMap((p) => (p.inFlight ? [{ p, sent: p.inFlight }] : []));
		if (engine === 'pglite') expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

		// Restarted on the same database (the embedded engine takes over the dead process's lock).
		await server.start();
		// The facilitator's session survived; the plan shows its last acknowledged text (or the
		// edit cut off by the kill, if that one was committed).
		const page = await (
			await facilitator.get(`/orgs/${orgId}/assessments/${plan.assessmentId}/plan`)
		).text();
		expect(
			[editor.last().text, editor.inFlight?.text].some((t) => t && page.includes(t)),
			'the plan page shows the last acknowledged edit'
		).toBe(true);
		// A participant's token still works, and the load could go on.
		const p0 = participants[0] as Participant;
		const again: Sent = {
			key: `${STATEMENTS[0]?.item}/${STATEMENTS[0]?.statement}`,
			level: 2,
			seq: 1_000_000
		};
		const after = await save(p0.client, w.code, [
			{ ...STATEMENTS[0], answer: again.level, seq: again.seq }
		]);
		expect(after.status).toBe(200);
		p0.acknowledged.set(again.key, again);
		if (p0.inFlight?.key === again.key) p0.inFlight = null;

		// Now the database itself: PostgreSQL directly; the embedded data directory once the
		// restarted server has let go of it.
		let query: Query;
		let close: () => Promise<void>;
		if (engine === 'postgres') {
			const db = new pg.Client({ connectionString: pgUrl });
			await db.connect();
			query = async (sql, params) => (await db.query(sql, params)).rows;
			close = () => db.end();
		} else {
			await server.stop('SIGTERM');
			expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
			const [{ PGlite }, { pg_trgm }, { citext }] = await Promise.all([
				import('@electric-sql/pglite'),
				import('@electric-sql/pglite/contrib/pg_trgm'),
				import('@electric-sql/pglite/contrib/citext')
			]);
			const db = await PGlite.create({ dataDir, extensions: { pg_trgm, citext } });
			query = async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows;
			close = () => db.close();
		}
		try {
			const rows = await query(
				`select r.name, a.item_id, a.statement_id, a.level, a.client_seq
				   from answers a join respondents r on r.id = a.respondent_id
				  where a.assessment_id = $1`,
				[workshopId]
			);
			const stored = new Map<string, { level: number; seq: number }>();
			for (const r of rows)
				stored.set(`${r.name}|${r.item_id}/${r.statement_id}`, {
					level: Number(r.level),
					seq: Number(r.client_seq)
				});
			const lost: string[] = [];
			for (const p of participants)
				for (const sent of p.acknowledged.values()) {
					const got = stored.get(`${p.name}|${sent.key}`);
					const same = (s: Sent | null) => !!s && got?.level === s.level && got.seq === s.seq;
					// The acknowledged answer, or a later one to the same statement that the kill cut
					// off after its commit.
					const cutOff = p.inFlight?.key === sent.key ? p.inFlight : null;
					if (!same(sent) && !same(cutOff))
						lost.push(`${p.name} ${sent.key}: ${JSON.stringify(got)}`);
				}

			const committed = cutOff.filter(({ p, sent }) => {
				const got = stored.get(`${p.name}|${sent.key}`);
				return got?.level === sent.level && got.seq === sent.seq;
			}).length;

			const [action] = await query('select text, version from plan_actions where id = $1', [
				plan.id
			]);
			const planKept =
				action?.text === editor.last().text ||
				(editor.inFlight !== null && action?.text === editor.inFlight.text);

			const names = new Set(
				(await query('select name from customers where organisation_id = $1', [orgId])).map(
					(r) => r.name as string
				)
			);
			const customersLost = register.acknowledged.filter((n) => !names.has(n));

			console.log(
				`[crash:${engine}] ${PARTICIPANTS} participants, ${saves} acknowledged saves, ` +
					`${editor.acknowledged.length} plan edits, ${register.acknowledged.length} customers, ` +
					`killed after ${killedAfter} ms with ${cutOff.length} saves in flight ` +
					`(${committed} of them committed), ` +
					`${lost.length + customersLost.length + (planKept ? 0 : 1)} lost ` +
					`(${((Date.now() - started) / 1000).toFixed(1)} s in all)`
			);
			expect(lost).toEqual([]);
			expect(saves).toBeGreaterThan(50);
			expect(planKept, JSON.stringify({ action, last: editor.last() })).toBe(true);
			expect(customersLost).toEqual([]);
		} finally {
			await close();
		}
	}, 120_000);
});

/** A self-assessment answered by its owner, and the first action of its plan. */
async function planToEdit(client: Client, orgId: string) {
	const created = await client.action(`/orgs/${orgId}/assessments/new?/create`, {
		title: 'Crash plan',
		mode: 'self',
		lenses: ['strategic-planning', 'failure-risks', 'building-blocks'],
		locale: 'en'
	});
	const assessmentId = created.location?.split('/')[4] as string;
	const base = `/orgs/${orgId}/assessments/${assessmentId}`;
	await client.action(`${base}/respond?/start`, { role: 'executive' });
	const saved = await client.request('POST', `${base}/respond/save`, {
		body: JSON.stringify({
			answers: STATEMENTS.map((s) => ({ ...s, answer: 1, seq: 1 })),
			comments: []
		}),
		headers: { 'content-type': 'application/json' }
	});
	expect(saved.status).toBe(200);
	// Edit forms are built when opened: follow the first action's "edit" link (?edit=<id>).
	const list = await (await client.get(`${base}/plan`)).text();
	const opened = list.match(/href="\?edit=([0-9a-f-]{36})#edit"/);
	if (!opened) throw new Error('no action on the plan page');
	const html = await (await client.get(`${base}/plan?edit=${opened[1]}`)).text();
	const m = html.match(
		/name="id" value="([0-9a-f-]{36})"[^>]*>\s*<input type="hidden" name="version" value="(\d+)"/
	);
	if (!m) throw new Error('no action form on the plan page');
	return { assessmentId, base, id: m[1] as string, version: Number(m[2]) };
}

interface PlanEdit {
	text: string;
	version: number;
}

/** Edits one plan action over and over, one edit at a time, each on the version it made. */
function editPlan(
	client: Client,
	plan: { base: string; id: string; version: number },
	running: () => boolean
) {
	const state = {
		acknowledged: [] as PlanEdit[],
		inFlight: null as PlanEdit | null,
		failure: null as string | null,
		last: () => state.acknowledged.at(-1) as PlanEdit,
		done: Promise.resolve()
	};
	state.done = (async () => {
		for (let version = plan.version, n = 1; running(); version++, n++) {
			const sent = { text: `Steering committee, crash-test edit ${n}`, version };
			state.inFlight = sent;
			let res;
			try {
				res = await client.action(`${plan.base}/plan?/edit`, {
					id: plan.id,
					version: String(version),
					text: sent.text,
					phase: 'first_90_days',
					owner: '',
					due: '2027-02-28',
					status: 'in_progress'
				});
			} catch (err) {
				if (running()) state.failure = String(err);
				return;
			}
			if (res.type !== 'success') {
				if (running()) state.failure = `plan edit answered ${JSON.stringify(res)}`;
				return;
			}
			state.acknowledged.push(sent);
			state.inFlight = null;
		}
	})();
	return state;
}

/** Creates customers one after another; a 303 to the new customer is the acknowledgement. */
function createCustomers(client: Client, orgId: string, running: () => boolean) {
	const state = {
		acknowledged: [] as string[],
		failure: null as string | null,
		done: Promise.resolve()
	};
	state.done = (async () => {
		for (let n = 1; running(); n++) {
			const name = `Crash customer ${n}`;
			let res;
			try {
				res = await client.action(`/orgs/${orgId}/register/new?/create`, { name, kind: 'company' });
			} catch (err) {
				if (running()) state.failure = String(err);
				return;
			}
			if (res.status !== 303) {
				if (running()) state.failure = `customer create answered ${JSON.stringify(res)}`;
				return;
			}
			state.acknowledged.push(name);
		}
	})();
	return state;
}
