// The roadmap renderer's thread: RoadmapData in, PDF bytes out (renderer.ts is the other side).
//
// pdfmake lays a roadmap out synchronously, 300–500 ms of one core on the demo, so here it never
// holds the server's event loop: a workshop's saves and live updates go on while a roadmap
// renders. Data crosses as plain values (structured clone) because the document definition
// holds functions; the definition is built here.
//
// Warm-up. A fresh renderer pays once for loading pdfmake and the fonts, compiling the layout
// code and shaping every word it meets (Persian shaping most of all): over a second on the first
// roadmap after a start. So the thread, once started, renders the small sample roadmap in both
// languages and shapes the words that fill every roadmap (the questionnaires' text and the
// report's own wording) into the shared cache (pdf/layout-cache.ts). A roadmap asked for during
// the warm-up goes first: the remaining steps wait behind it. Every step after the fonts also
// waits for a moment when the server is idle (renderer.ts asks its event loop): a server started
// in the middle of a workshop warms up after the workshop, not during its joins and saves.
import type { MessagePort } from 'node:worker_threads';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { catalogues } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/locale';
import { FONT } from '$lib/server/pdf/font-family';
import { renderPdf } from '$lib/server/pdf/render';
import { loadQuestionnaires } from '$lib/server/questionnaires';
import type { RoadmapData } from './document/data';
import { buildRoadmap } from './document/roadmap';
import { smallRoadmap } from './sample';

export type RenderJob = { id: number; data: RoadmapData };
/** To the thread: a roadmap to render, or leave for the next warm-up step (the server is idle). */
export type RenderCommand = RenderJob | { go: true };
export type RenderReply =
	| { id: number; pdf: Uint8Array }
	| { id: number; error: string }
	| { warmed: string; ms: number }
	| { idle: string }
	| { tid: number | null };

type Port = Pick<MessagePort, 'on' | 'postMessage'>;

const LOCALES: Locale[] = ['en', 'fa'];

/** Every distinct word of every bilingual text in `value`, per language. */
export function vocabulary(values: unknown[]): Record<Locale, string[]> {
	const words: Record<Locale, Set<string>> = { en: new Set(), fa: new Set() };
	const seen = new Set<unknown>();
	const add = (locale: Locale, text: string) => {
		for (const word of text.split(/\s+/)) if (word) words[locale].add(word);
	};
	const walk = (v: unknown, locale?: Locale) => {
		if (typeof v === 'string') {
			if (locale) add(locale, v);
			return;
		}
		if (!v || typeof v !== 'object' || seen.has(v)) return;
		seen.add(v);
		if (v instanceof Map) return v.forEach((x) => walk(x, locale));
		const record = v as Record<string, unknown>;
		const bilingual = typeof record.en === 'string' && typeof record.fa === 'string';
		for (const [key, x] of Object.entries(record)) {
			walk(x, bilingual && (key === 'en' || key === 'fa') ? key : locale);
		}
	};
	for (const value of values) walk(value);
	return { en: [...words.en], fa: [...words.fa] };
}

// One paragraph of all the words, in each weight: pdfmake measures every word as it breaks the
// paragraph, which puts its glyph run in the shared cache under the key a roadmap will use.
function wordsDocument(locale: Locale, words: string[]): TDocumentDefinitions {
	const text = words.join(' ');
	const content: Content[] = [{ text }, { text, bold: true }];
	return {
		content,
		defaultStyle: { font: FONT, fontSize: 9, alignment: locale === 'fa' ? 'right' : 'left' },
		pageSize: 'A4'
	};
}

// A warm-up step: its name, and what it does, which may be to queue further steps.
type Step = [name: string, run: () => Promise<Step[] | void>];

// Words per warm-up document: about a tenth of a second each, so that a roadmap asked for
// meanwhile waits no longer than that.
const WORDS_PER_STEP = 250;

// The one warm-up step that does not wait for an idle server: loading the fonts, the least a
// roadmap needs.
const FIRST_STEP = 'fonts';

function warmUpSteps(): Step[] {
	// First the fonts alone (a roadmap arriving meanwhile waits the least), then the sample in
	// each language (the layout code compiled), then the words.
	const fonts: Step = [
		FIRST_STEP,
		async () =>
			void (await renderPdf({
				content: [{ text: 'CRM آمادگی' }, { text: 'CRM آمادگی', bold: true }],
				defaultStyle: { font: FONT }
			}))
	];
	const samples: Step[] = LOCALES.map((locale) => [
		`sample ${locale}`,
		async () => void (await renderPdf(buildRoadmap(smallRoadmap(locale))))
	]);
	return [fonts, ...samples, ['vocabulary', async () => wordSteps()]];
}

// The questionnaires as the server reads them (from its working directory), and the report's
// own wording; without the questionnaires, the wording alone.
function roadmapWords(): Record<Locale, string[]> {
	let questionnaires: unknown = null;
	try {
		questionnaires = loadQuestionnaires();
	} catch {
		questionnaires = null;
	}
	const found = vocabulary([questionnaires]);
	return {
		en: [...new Set([...flat(catalogues.en.report), ...found.en])],
		fa: [...new Set([...flat(catalogues.fa.report), ...found.fa])]
	};
}

function wordSteps(): Step[] {
	const words = roadmapWords();
	return LOCALES.flatMap((locale) => {
		const all = words[locale];
		const steps: Step[] = [];
		for (let i = 0; i < all.length; i += WORDS_PER_STEP) {
			const chunk = all.slice(i, i + WORDS_PER_STEP);
			steps.push([
				`words ${locale} ${i}`,
				async () => void (await renderPdf(wordsDocument(locale, chunk)))
			]);
		}
		return steps;
	});
}

/** Every word of every string in a nested message catalogue. */
function flat(messages: unknown): string[] {
	const out: string[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'string') out.push(...v.split(/\s+/).filter(Boolean));
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk(messages);
	return out;
}

/** Serves render jobs on `port` until the thread ends. */
export function serve(port: Port, options: { warmUp?: boolean } = {}): void {
	const jobs: RenderJob[] = [];
	const steps = options.warmUp === false ? [] : warmUpSteps();
	let running = false;
	// Each warm-up step after the fonts waits for the server to say it is idle (renderer.ts): a
	// start in the middle of a workshop warms up after the workshop, not during its joins.
	let allowed = false;
	let asked = false;

	async function run(job: RenderJob) {
		try {
			const pdf = await renderPdf(buildRoadmap(job.data));
			port.postMessage({ id: job.id, pdf } satisfies RenderReply);
		} catch (err) {
			const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
			port.postMessage({ id: job.id, error } satisfies RenderReply);
		}
	}

	async function pump() {
		if (running) return;
		running = true;
		try {
			for (;;) {
				const job = jobs.shift();
				if (job) await run(job);
				else {
					const step = steps[0];
					if (!step) break;
					if (step[0] !== FIRST_STEP && !allowed) {
						if (!asked) port.postMessage({ idle: step[0] } satisfies RenderReply);
						asked = true;
						break;
					}
					steps.shift();
					allowed = asked = false;
					try {
						const start = performance.now();
						const more = await step[1]();
						if (more) steps.push(...more);
						const ms = Math.round(performance.now() - start);
						port.postMessage({ warmed: step[0], ms } satisfies RenderReply);
					} catch {
						// A warm-up that fails costs the first roadmap its speed, nothing else.
					}
				}
				// Let a job that arrived meanwhile in before the next warm-up step.
				await new Promise((resolve) => setImmediate(resolve));
			}
		} finally {
			running = false;
		}
	}

	port.on('message', (message: RenderCommand) => {
		if ('go' in message) allowed = true;
		else jobs.push(message);
		void pump();
	});
	void pump();
}
