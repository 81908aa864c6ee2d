// The roadmap renderer's thread: roadmaps render there, read the same as rendered inline, a
// roadmap asked for during the warm-up is served, and a thread that dies loses no roadmap.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPdf, textItems } from '$lib/server/pdf/testing/extract';
import { renderPdf } from '$lib/server/pdf/render';
import { buildRoadmap } from './document/roadmap';
import {
	crashRendererForTests,
	renderRoadmapPdf,
	rendererState,
	startRoadmapRenderer,
	stopRoadmapRenderer
} from './renderer';
import { vocabulary } from './render-worker';
import { smallRoadmap } from './sample';

// The words of every page, in reading order as pdf.js extracts them.
async function words(pdf: Uint8Array): Promise<string[]> {
	const pages = await textItems(await openPdf(pdf));
	return pages.map((items) => items.map((i) => i.str).join(' '));
}

afterEach(async () => {
	vi.unstubAllEnvs();
	await stopRoadmapRenderer();
});

describe('the roadmap renderer', () => {
	it('renders on its own thread, the same roadmap as rendered inline, in both languages', async () => {
		for (const locale of ['en', 'fa'] as const) {
			const data = smallRoadmap(locale);
			const threaded = await renderRoadmapPdf(data);
			expect(rendererState().thread).toBe(true);
			const inline = await renderPdf(buildRoadmap(data));
			expect(await words(threaded)).toEqual(await words(inline));
		}
		expect(rendererState().rendered).toEqual({ thread: 2, inline: 0 });
	}, 60_000);

	it('serves a roadmap asked for during its warm-up, then finishes warming up', async () => {
		startRoadmapRenderer();
		const pdf = await renderRoadmapPdf(smallRoadmap('fa'));
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await vi.waitFor(
			() => {
				const warmed = rendererState().warmed.map((w) => w.replace(/ \(\d+ ms\)$/, ''));
				expect(warmed.slice(0, 4)).toEqual(['fonts', 'sample en', 'sample fa', 'vocabulary']);
				// The questionnaires' words in both languages, a chunk at a time.
				expect(warmed.some((w) => w.startsWith('words en '))).toBe(true);
				expect(warmed.some((w) => w.startsWith('words fa '))).toBe(true);
			},
			{ timeout: 90_000, interval: 200 }
		);
		expect(rendererState().rendered.thread).toBe(1);
	}, 120_000);

	it('warms up only while the server is idle, and still serves a roadmap while it waits', async () => {
		// The event loop kept busy (as by a workshop's joins), yielding between slices so that the
		// thread's messages still arrive.
		let busy = true;
		const work = (async () => {
			while (busy) {
				const until = performance.now() + 50;
				while (performance.now() < until) {
					// busy
				}
				await new Promise((resolve) => setImmediate(resolve));
			}
		})();
		try {
			startRoadmapRenderer();
			// The fonts need no idle moment; the next step asks for one, and waits.
			await vi.waitFor(() => expect(rendererState().warmUpWaiting).toBe('sample en'), {
				timeout: 60_000,
				interval: 100
			});
			const pdf = await renderRoadmapPdf(smallRoadmap('en'));
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			await new Promise((resolve) => setTimeout(resolve, 1000));
			const state = rendererState();
			expect(state.warmed.map((w) => w.replace(/ \(\d+ ms\)$/, ''))).toEqual(['fonts']);
			expect(state.warmUpWaiting).toBe('sample en');
		} finally {
			busy = false;
			await work;
		}
		// Idle again: the warm-up goes on.
		await vi.waitFor(() => expect(rendererState().warmed.join(' ')).toContain('sample fa'), {
			timeout: 60_000,
			interval: 100
		});
	}, 120_000);

	it('renders inline, losing nothing, when its thread dies with roadmaps waiting', async () => {
		const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		await renderRoadmapPdf(smallRoadmap('en')); // the thread is up
		const waiting = renderRoadmapPdf(smallRoadmap('fa'));
		await crashRendererForTests();
		const pdf = await waiting;
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(rendererState().rendered.inline).toBe(1);
		expect(errors.mock.calls.flat().join(' ')).toMatch(/rendering 1 roadmap\(s\) inline/);
		// The next roadmap starts a new thread.
		await renderRoadmapPdf(smallRoadmap('en'));
		expect(rendererState().thread).toBe(true);
		errors.mockRestore();
	}, 60_000);

	it.runIf(process.platform === 'linux')(
		'runs at a lower priority than the server (Linux: the thread is niced)',
		async () => {
			await renderRoadmapPdf(smallRoadmap('en'));
			const tid = await vi.waitFor(() => {
				const { osThread } = rendererState();
				expect(osThread).toBeTypeOf('number');
				return osThread as number;
			});
			const nice = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
			const thread = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
			const main = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
			expect(nice(thread)).toBe(Math.min(19, nice(main) + 10));
		},
		60_000
	);

	it('renders inline when told to (ROADMAP_RENDERER=inline)', async () => {
		vi.stubEnv('ROADMAP_RENDERER', 'inline');
		const pdf = await renderRoadmapPdf(smallRoadmap('en'));
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(rendererState()).toMatchObject({ thread: false, rendered: { thread: 0, inline: 1 } });
	}, 60_000);
});

describe('the warm-up vocabulary', () => {
	it('is every distinct word of every bilingual text, per language', () => {
		const content = {
			title: { en: 'Customer data  quality', fa: 'کیفیت داده مشتری' },
			items: [
				{ text: { en: 'Data quality is owned.', fa: 'کیفیت داده مالک دارد.' }, weight: 2 },
				{ id: 'not-bilingual', note: 'ignored' }
			]
		};
		const words = vocabulary([content, null]);
		expect(words.en.sort()).toEqual(['Customer', 'Data', 'data', 'is', 'owned.', 'quality'].sort());
		expect(words.fa.sort()).toEqual(['کیفیت', 'داده', 'مشتری', 'مالک', 'دارد.'].sort());
	});
});
