// `npx tsx bench/pdf.ts`: the full PDF roadmap of the demo workshop in each language.
// Budgets (SPEC.md §6): median generation ≤ 500 ms, size ≤ 600 KB, and at least 5× faster than
// printing the same content as HTML with headless Chromium on the same machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { demoWorkshop } from '../tests/fixtures/roadmap/demo-workshop';
import { buildRoadmap } from '../src/lib/server/reports/document/roadmap';
import { clearSharedLayoutCache } from '../src/lib/server/pdf/layout-cache';
import { renderPdf } from '../src/lib/server/pdf/render';
import { roadmapHtml } from './pdf-html';

const RUNS = Number(process.env.RUNS ?? 25);
const WARM_UP = 3;
const CHROMIUM_RUNS = Number(process.env.CHROMIUM_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = resolve('bench/out');

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const percentile = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

const fontDir = join(
	dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')),
	'fonts',
	'ttf'
);
mkdirSync(OUT, { recursive: true });

// Warm: a running server, whose shared cache already holds the words (layout-cache.ts).
// Cold: every run shapes every word again, as the first report of a fresh process does.
async function pdfmakeRuns(locale: 'en' | 'fa', cold: boolean) {
	const times: number[] = [];
	// CPU time as well: on a shared machine it shows the work, wall time shows the wait too.
	const cpu: number[] = [];
	let pdf: Buffer = Buffer.alloc(0);
	for (let i = 0; i < WARM_UP + RUNS; i++) {
		if (cold) clearSharedLayoutCache();
		const start = performance.now();
		const startCpu = process.cpuUsage();
		// Everything a request does: build the definition from the data, render, collect bytes.
		pdf = await renderPdf(buildRoadmap(demoWorkshop(locale)));
		const used = process.cpuUsage(startCpu);
		if (i >= WARM_UP) {
			times.push(performance.now() - start);
			cpu.push((used.user + used.system) / 1000);
		}
	}
	writeFileSync(join(OUT, `roadmap-${locale}.pdf`), pdf);
	return { times, cpu, bytes: pdf.length, pages: pages(pdf) };
}

function chromiumRuns(locale: 'en' | 'fa') {
	const html = join(OUT, `roadmap-${locale}.html`);
	const out = join(OUT, `roadmap-${locale}.chromium.pdf`);
	writeFileSync(html, roadmapHtml(demoWorkshop(locale), fontDir));
	const times: number[] = [];
	for (let i = 0; i < CHROMIUM_RUNS + 1; i++) {
		const start = performance.now();
		execFileSync(
			CHROMIUM,
			[
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--no-pdf-header-footer',
				`--print-to-pdf=${out}`,
				`file://${html}`
			],
			{ stdio: 'ignore' }
		);
		// The first run warms the disk cache, as the pdfmake warm-up does.
		if (i > 0) times.push(performance.now() - start);
	}
	const size = statSync(out).size;
	return { times, bytes: size };
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average before: ${load()}`);
for (const locale of ['en', 'fa'] as const) {
	const chromium = chromiumRuns(locale);
	const printed = median(chromium.times);
	console.log(
		`${locale}: Chromium print median ${printed.toFixed(0)} ms (${CHROMIUM_RUNS} runs), ` +
			`${(chromium.bytes / 1024).toFixed(0)} KB`
	);
	for (const cold of [false, true]) {
		const ours = await pdfmakeRuns(locale, cold);
		const m = median(ours.times);
		console.log(
			`${locale}: pdfmake ${cold ? 'cold' : 'warm'} median ${m.toFixed(0)} ms ` +
				`(p90 ${percentile(ours.times, 0.9).toFixed(0)} ms, CPU median ${median(ours.cpu).toFixed(0)} ms, ` +
				`${RUNS} runs), ${(ours.bytes / 1024).toFixed(0)} KB, ${ours.pages} pages, ` +
				`${(printed / m).toFixed(1)}× faster than Chromium`
		);
	}
}
console.log(`load average after: ${load()}`);
console.log(`PDFs and HTML in ${OUT}`);
