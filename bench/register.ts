// The register benchmark: import 100,000 generated CSV rows through the real import path
// (upload in chunks → check → import, all-or-nothing), with the process's peak memory, then
// time the list and search queries a page load runs at that size (p50/p95).
//
//   npx tsx bench/register.ts --engine postgres   # BENCH_DATABASE_URL, TEST_DATABASE_URL or local
//   npx tsx bench/register.ts --engine pglite
//
// The CSV is generated as a stream, row by row, so the file never exists in memory: peak memory
// is the importer's. Rows are Persian and Latin names (some with Arabic ي/ك), phones in mixed
// digit scripts, emails, tiers, segments, values with a long tail; 1% repeat an earlier phone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../src/lib/server/db/connect';
import { migrate } from '../src/lib/server/db/migrate';
import { create as createOrganisation } from '../src/lib/server/organisations/repository';
import * as files from '../src/lib/server/register/import/files';
import { preview } from '../src/lib/server/register/import/preview';
import { engineOf, runImport } from '../src/lib/server/register/import/run';
import { count, list, parseListQuery, type Page } from '../src/lib/server/register/list';
import { filterOptions } from '../src/lib/server/register/options';
import { adminUrl, databaseUrl } from '../src/lib/server/testing/urls';

const { values: opts } = parseArgs({
	options: {
		engine: { type: 'string', default: 'postgres' },
		rows: { type: 'string', default: '100000' },
		runs: { type: 'string', default: '100' },
		// PostgreSQL: leave the database (crm_bench_register) behind to inspect plans.
		keep: { type: 'boolean', default: false }
	}
});
const engine: 'pglite' | 'postgres' = opts.engine === 'pglite' ? 'pglite' : 'postgres';
const ROWS = Number(opts.rows);
const RUNS = Number(opts.runs);

// A small deterministic generator, so every run imports the same file.
let seed = 20261124;
function random() {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

const FIRST = [
	'علی',
	'مریم',
	'رضا',
	'زهرا',
	'حسین',
	'فاطمه',
	'کیمیا',
	'یاسمن',
	'کاوه',
	'نیما',
	'Sara',
	'David'
];
const LAST = ['کریمی', 'رضایی', 'محمدی', 'حسینی', 'یزدانی', 'کاظمی', 'پارسا', 'Smith', 'Novak'];
const CITIES = ['تهران', 'اصفهان', 'شیراز', 'تبریز', 'مشهد', 'کرج', 'یزد', 'Dubai', 'Istanbul'];
const TIERS = ['طلایی', 'نقره‌ای', 'برنزی', 'A', 'B', ''];
const TAGS = ['عمده‌فروشی', 'خرده‌فروشی', 'ویژه', 'صادرات', 'online', 'b2b'];
const CHANNELS = ['email', 'phone', 'تلفن', 'حضوری', 'website', ''];
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
// Some names are typed with the Arabic keyboard's ي and ك, as in real files.
const arabic = (s: string) => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');

function csvRow(i: number, phones: string[]): string {
	let name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
	if (random() < 0.2) name = arabic(name);
	let phone = `0912${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
	if (random() < 0.01 && phones.length) phone = pick(phones);
	else if (phones.length < 1000) phones.push(phone);
	const shown = random() < 0.3 ? phone.replace(/\d/g, (d) => PERSIAN[Number(d)] as string) : phone;
	const email = random() < 0.7 ? `customer${i}@example${i % 50}.com` : '';
	const tags = [pick(TAGS), random() < 0.4 ? pick(TAGS) : ''].filter(Boolean).join(', ');
	const value = Math.round(1_000_000 / Math.pow(random() + 0.001, 1.2));
	const cells = [
		name,
		email,
		shown,
		pick(CITIES),
		pick(TIERS),
		tags,
		pick(CHANNELS),
		value,
		'retail'
	];
	return cells.map((c) => (/[",\n]/.test(String(c)) ? `"${c}"` : String(c))).join(',') + '\r\n';
}

const HEADER = 'name,email,phone,city,tier,segments,channel,annual value,industry\r\n';

function csvStream(rows: number): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const phones: string[] = [];
	let i = 0;
	return new ReadableStream({
		pull(controller) {
			if (i >= rows) return controller.close();
			let text = i === 0 ? '\ufeff' + HEADER : '';
			for (const end = Math.min(rows, i + 2000); i < end; i++) text += csvRow(i, phones);
			controller.enqueue(encoder.encode(text));
		}
	});
}

/** Peak RSS and heap while `work` runs, sampled every 20 ms. */
async function measured<T>(work: () => Promise<T>) {
	const peak = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
	const start = { ...peak };
	const timer = setInterval(() => {
		const m = process.memoryUsage();
		peak.rss = Math.max(peak.rss, m.rss);
		peak.heap = Math.max(peak.heap, m.heapUsed);
	}, 20);
	const t0 = performance.now();
	try {
		const result = await work();
		return { result, ms: performance.now() - t0, start, peak };
	} finally {
		clearInterval(timer);
	}
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
function percentile(sorted: number[], p: number) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function open(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
	if (engine === 'pglite') {
		const dir = mkdtempSync(join(tmpdir(), 'crm-bench-register-'));
		const database = await openDatabase({ dataDir: dir });
		return {
			database,
			cleanup: async () => {
				await database.close();
				rmSync(dir, { recursive: true, force: true });
			}
		};
	}
	const base =
		process.env.BENCH_DATABASE_URL ??
		process.env.TEST_DATABASE_URL ??
		'postgres://postgres@127.0.0.1:5432/postgres';
	const name = opts.keep ? 'crm_bench_register' : `crm_bench_register_${process.pid}`;
	const admin = new pg.Client({ connectionString: adminUrl(base) });
	await admin.connect();
	if (opts.keep) await admin.query(`drop database if exists ${name} with (force)`);
	await admin.query(`create database ${name}`);
	const database = await openDatabase({ url: databaseUrl(base, name), max: 4 });
	return {
		database,
		cleanup: async () => {
			await database.close();
			if (!opts.keep) await admin.query(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

async function timeQueries(database: Database, orgId: string) {
	const { db } = database;
	const q = (p: Record<string, string>) => parseListQuery(new URLSearchParams(p));
	// A cursor twenty pages deep, walked to as a reader would.
	let deep: Page = await list(db, orgId, q({}));
	for (let i = 0; i < 20 && deep.next; i++) deep = await list(db, orgId, q({ after: deep.next }));
	// One customer from the middle of the file, searched for as a person might type them.
	const { rows: picked } = await sql<{ name: string; email: string | null }>`
		select name, email from customers where organisation_id = ${orgId} and email is not null
		order by seq offset ${Math.floor(ROWS / 2)} limit 1`.execute(db);
	const sample = picked[0] ?? { name: 'علی', email: 'customer1@' };
	const words = sample.name.split(' ');
	const typed = arabic(
		`${words[1]} ${words[2]?.replace(/\d/g, (d) => PERSIAN[Number(d)] as string)}`
	);
	const cases: [string, ReturnType<typeof q>][] = [
		['list: first page by name', q({})],
		['list: page 21 by name (keyset)', q({ after: deep.next ?? '' })],
		['list: highest value first', q({ sort: 'value' })],
		['list: newest first', q({ sort: 'recent' })],
		['list: tier + segment filter', q({ tier: 'طلایی', tag: 'ویژه' })],
		[`search: name, Arabic letters, Persian digits («${typed}»)`, q({ q: typed })],
		['search: one name word', q({ q: 'یزدانی' })],
		['search: phone, Persian digits', q({ q: '۰۹۱۲۳۴۵' })],
		['search: email fragment', q({ q: (sample.email ?? '').split('@')[0] ?? '' })],
		['search: two letters (start of the name)', q({ q: 'عل' })]
	];
	const rows: string[] = [];
	const all: number[] = [];
	for (const [label, query] of cases) {
		const times: number[] = [];
		for (let i = 0; i < RUNS + 5; i++) {
			const t0 = performance.now();
			// What the list page's load runs: the page, its count and the filter options.
			await list(db, orgId, query);
			await count(db, orgId, query);
			if (i >= 5) times.push(performance.now() - t0);
		}
		const matches = await count(db, orgId, query);
		times.sort((a, b) => a - b);
		all.push(...times);
		rows.push(
			`| ${label} | ${matches} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`
		);
	}
	const options: number[] = [];
	for (let i = 0; i < 25; i++) {
		const t0 = performance.now();
		await filterOptions(db, orgId);
		options.push(performance.now() - t0);
	}
	options.sort((a, b) => a - b);
	all.sort((a, b) => a - b);
	return { rows, p95: percentile(all, 95), options: percentile(options, 95), all };
}

async function explain(database: Database, orgId: string) {
	const { rows } = await sql<{ 'QUERY PLAN': string }>`explain (analyze, costs off, timing off)
		select id from customers c where c.organisation_id = ${orgId} and c.archived_at is null
		and c.search like ${'%یزدانی%'} and c.search like ${'%4321%'}
		order by c.sort_name, c.seq limit 51`.execute(database.db);
	return rows.map((r) => r['QUERY PLAN']).join('\n');
}

async function main() {
	const { database, cleanup } = await open();
	try {
		await migrate(database.db);
		const user = await database.db
			.insertInto('users')
			.values({ email: 'bench@example.com', name: 'Bench', password_hash: 'x' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const org = await createOrganisation(database.db, user.id, 'Bench Ltd');
		const orgId = org.id;

		const upload = await measured(() =>
			files.store(database.db, orgId, user.id, 'bench.csv', csvStream(ROWS), 'auto')
		);
		if (!upload.result.ok) throw new Error('upload refused');
		const imp = (await files.find(database.db, orgId, upload.result.id)) as files.ImportRecord;
		const shown = await preview(database.db, imp);
		const options = { mapping: shown.suggestion, policy: 'skip' as const, atomic: true };
		const ctx = { userId: user.id, ...engineOf(database) };
		const check = await measured(() =>
			runImport(database.db, imp, options, { ...ctx, dryRun: true })
		);
		const run = await measured(() =>
			runImport(database.db, imp, options, { ...ctx, dryRun: false })
		);
		if (!run.result.applied) throw new Error(`import not applied: ${JSON.stringify(run.result)}`);

		const queries = await timeQueries(database, orgId);
		const plan = await explain(database, orgId);
		const r = run.result;
		console.log(`
### ${engine === 'postgres' ? 'PostgreSQL 15' : 'PGlite (embedded)'}: import of ${ROWS.toLocaleString('en')} rows

File: ${(imp.byte_size / 1024 / 1024).toFixed(1)} MB (UTF-8 with BOM), mapping suggested from the headers: ${shown.suggestion.join(', ')}.
Result: ${r.created} created, ${r.skipped} duplicates skipped (${r.duplicatesInFile} within the file), ${r.invalid} invalid.

| step | time | peak RSS | peak heap |
| --- | --- | --- | --- |
| upload in 256 KB chunks | ${s(upload.ms)} | ${mb(upload.peak.rss)} | ${mb(upload.peak.heap)} |
| check (dry run, rolled back) | ${s(check.ms)} | ${mb(check.peak.rss)} | ${mb(check.peak.heap)} |
| **import** (one transaction) | **${s(run.ms)}** | ${mb(run.peak.rss)} | ${mb(run.peak.heap)} |

Memory before the upload: RSS ${mb(upload.start.rss)}, heap ${mb(upload.start.heap)}.

Page queries at ${ROWS.toLocaleString('en')} customers (list + count, as the list page runs them; ${RUNS} runs each after 5 warm-up runs), ms:

| query | matches | p50 | p95 |
| --- | --- | --- | --- |
${queries.rows.join('\n')}

All queries together: **p95 ${queries.p95.toFixed(1)} ms**. Filter options (tiers and segments for the filter menus): p95 ${queries.options.toFixed(1)} ms.

Plan of a search (EXPLAIN ANALYZE):
\`\`\`
${plan}
\`\`\``);
	} finally {
		await cleanup();
	}
}

await main();
