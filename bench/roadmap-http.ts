// `npx tsx bench/roadmap-http.ts [--runs 15] [--pause 2000]`: the PDF roadmap as its reader feels it — the
// download over HTTP from the production build on the demo workshop, end to end (session check,
// the assessment's data from the database, scoring, the plan, building and rendering the PDF,
// the transfer). Budgets (issue 14 §8): the first download after a start ≤ 0.8 s, the warm
// median ≤ 0.25 s.
//
// Beside it, the strongest alternative a report service has: a headless Chromium kept open,
// printing the same content with `page.pdf()` (no start per print). The ratio compares the
// warm download with Chromium's warm print of the same roadmap's HTML (bench/pdf-html.ts, built
// from the data the server read for the downloads). Goal: ≥ 3×.
//
// Needs `npm run build`. For each language: seed the demo into a fresh embedded database, start
// the server, log in, download once (the first request after the start), then 3 warm-up and
// `runs` timed downloads of the unchanged roadmap (served as rendered: reports/rendered.ts),
// then `runs` downloads each at once after a change (a target set on one more item: rendered
// afresh), then `runs` downloads each `pause` ms after a change, as a reader would download
// (by then rendered ahead: reports/ahead.ts), one at a time. The ratios compare Chromium's
// warm print with each.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { openDatabase } from '../src/lib/server/db/connect';
import type { RoadmapData } from '../src/lib/server/reports/document/data';
import { roadmapData } from '../src/lib/server/reports/load';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../src/lib/server/demo/seed';
import { roadmapHtml } from './pdf-html';
import { loadQuestionnaires } from '../src/lib/server/questionnaires/load';
import { demoDataDir, machine, median, pct, sleep, startServer, stopServer } from './server';
import { BenchClient } from './workshop-client';

const { values: opts } = parseArgs({
	options: {
		runs: { type: 'string', default: '15' },
		pause: { type: 'string', default: '2000' },
		port: { type: 'string', default: '4653' },
		chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' }
	}
});
const RUNS = Number(opts.runs);
// Between an edit and the download, in the "after a pause" runs: a look at the page, a click.
const PAUSE_MS = Number(opts.pause);
const port = Number(opts.port);
const origin = `http://127.0.0.1:${port}`;
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

type Ids = Awaited<ReturnType<typeof demoDataDir>>['ids'];

/** Starts the server on the demo, logs in, downloads at once; then `more` runs. */
async function onFreshServer<T>(
	dir: string,
	ids: Ids,
	locale: 'en' | 'fa',
	more: (get: () => Promise<{ ms: number; body: Buffer }>, user: BenchClient) => Promise<T>
) {
	const server = await startServer({ port, env: { DATA_DIR: dir, DATABASE_URL: '' } });
	try {
		const user = new BenchClient(origin);
		const login = await user.action('/login', { email: DEMO_EMAIL, password: DEMO_PASSWORD });
		if (!login.location) throw new Error('login failed');
		const path = `/orgs/${ids.organisationId}/assessments/${ids.assessmentId}/report.pdf?lang=${locale}`;
		const get = async () => {
			const t = performance.now();
			const res = await user.get(path);
			const body = Buffer.from(await res.arrayBuffer());
			if (res.status !== 200 || body.subarray(0, 5).toString() !== '%PDF-')
				throw new Error(`${path} answered ${res.status}`);
			return { ms: performance.now() - t, body };
		};
		const first = await get();
		return { first, rest: await more(get, user) };
	} finally {
		await stopServer(server);
	}
}

async function download(locale: 'en' | 'fa') {
	const { dir, ids } = await demoDataDir('crm-roadmapbench-', { lang: locale });
	const items = loadQuestionnaires().lenses.flatMap((l) => l.items.map((i) => i.id));
	try {
		// The very first request after a start, then the same roadmap again (unchanged: served
		// as rendered), then after a change each time (a target set on one more item: rendered).
		const immediate = await onFreshServer(dir, ids, locale, async (get, user) => {
			for (let i = 0; i < 3; i++) await get();
			const unchanged: number[] = [];
			for (let i = 0; i < RUNS; i++) unchanged.push((await get()).ms);
			const changed: number[] = [];
			const paused: number[] = [];
			const results = `/orgs/${ids.organisationId}/assessments/${ids.assessmentId}/results?/targets`;
			const runs = Math.min(RUNS, Math.floor(items.length / 2));
			for (let i = 0; i < runs; i++) {
				await user.action(results, { item: items[i] as string, level: '0' });
				changed.push((await get()).ms);
			}
			// As a reader does: the edit, a look at the page, then the download (rendered ahead).
			for (let i = runs; i < 2 * runs; i++) {
				await user.action(results, { item: items[i] as string, level: '0' });
				await sleep(PAUSE_MS);
				paused.push((await get()).ms);
			}
			return { unchanged, changed, paused };
		});
		const { first } = immediate;
		const { unchanged, changed, paused } = immediate.rest;
		// The same roadmap's data, as the server read it for the first download, for Chromium.
		const database = await openDatabase({ dataDir: dir });
		const read = await roadmapData(
			database.db,
			{ orgId: ids.organisationId, assessmentId: ids.assessmentId },
			locale,
			new Date(),
			'agreed'
		);
		await database.close();
		if (!read.ok) throw new Error('no roadmap data');
		return {
			// Its targets as at the last download: the content Chromium prints below.
			data: read.data,
			firstMs: Math.round(first.ms),
			warmMedianMs: Math.round(median(unchanged)),
			warmP90Ms: Math.round(pct(unchanged, 0.9)),
			warmChangedMedianMs: Math.round(median(changed)),
			warmChangedP90Ms: Math.round(pct(changed, 0.9)),
			pausedChangedMedianMs: Math.round(median(paused)),
			pausedChangedP90Ms: Math.round(pct(paused, 0.9)),
			kb: Math.round(first.body.length / 1024),
			pages: pages(first.body)
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A Chromium started once and kept open: each print is setContent + page.pdf(). */
async function warmChromium(data: RoadmapData) {
	const fontDir = join(
		dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')),
		'fonts',
		'ttf'
	);
	const html = roadmapHtml(data, fontDir);
	const browser = await chromium.launch({
		executablePath: opts.chromium,
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const page = await browser.newPage();
		const print = async () => {
			const t = performance.now();
			await page.setContent(html, { waitUntil: 'load' });
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			return { ms: performance.now() - t, pdf };
		};
		for (let i = 0; i < 3; i++) await print();
		const times: number[] = [];
		let last: Buffer = Buffer.alloc(0);
		for (let i = 0; i < RUNS; i++) {
			const r = await print();
			times.push(r.ms);
			last = r.pdf;
		}
		return {
			warmMedianMs: Math.round(median(times)),
			kb: Math.round(last.length / 1024),
			pages: pages(last)
		};
	} finally {
		await browser.close();
	}
}

const results: Record<string, unknown> = {};
for (const locale of ['en', 'fa'] as const) {
	const { data, ...http } = await download(locale);
	const browser = await warmChromium(data);
	results[locale] = {
		download: http,
		warmChromiumPrint: browser,
		ratioWarmChromiumToWarmDownload: +(browser.warmMedianMs / http.warmMedianMs).toFixed(1),
		ratioWarmChromiumToChangedDownload: +(browser.warmMedianMs / http.warmChangedMedianMs).toFixed(
			1
		),
		ratioWarmChromiumToPausedChangedDownload: +(
			browser.warmMedianMs / http.pausedChangedMedianMs
		).toFixed(1),
		budgets: { firstMs: 800, warmMedianMs: 250, ratio: 3 }
	};
}
console.log(
	JSON.stringify(
		{
			...results,
			runs: RUNS,
			machine: machine(),
			node: process.version,
			date: new Date().toISOString()
		},
		null,
		2
	)
);
