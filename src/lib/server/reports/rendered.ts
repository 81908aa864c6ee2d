// Rendered roadmaps, kept for the next download of the same roadmap.
//
// A roadmap's PDF is a pure function of its data (RoadmapData: plain values, built afresh from
// the database for every request, under the requester's access). So the bytes are kept under a
// SHA-256 of that data: a second download of an unchanged roadmap — the team after the
// workshop, the consultant's re-download, a mailed copy — skips the render (300–400 ms of one
// core on the demo), and any change to what the roadmap says (an answer, an edit, the date, the
// language, the view) is a different key, so nothing stale is ever served. Two requests for the
// same roadmap at once share one render. Bounded by count and bytes, least recently used first
// out; in memory only, per process.
import { createHash } from 'node:crypto';
import type { RoadmapData } from './document/data';
import { renderRoadmapPdf } from './renderer';

const MAX_ENTRIES = 32;
const MAX_BYTES = 32 * 1024 * 1024;

const done = new Map<string, Buffer>();
const pending = new Map<string, Promise<Buffer>>();
let bytes = 0;
let renders = 0;

export function roadmapKey(data: RoadmapData): string {
	return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}

function keep(key: string, pdf: Buffer) {
	if (pdf.length > MAX_BYTES / 4) return;
	done.set(key, pdf);
	bytes += pdf.length;
	for (const [old, kept] of done) {
		if (done.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
		done.delete(old);
		bytes -= kept.length;
	}
}

/** The roadmap's PDF: rendered, or as rendered before for exactly the same data. */
export async function renderRoadmap(data: RoadmapData): Promise<Buffer> {
	const key = roadmapKey(data);
	const hit = done.get(key);
	if (hit) {
		// Most recently used last.
		done.delete(key);
		done.set(key, hit);
		return hit;
	}
	const inFlight = pending.get(key);
	if (inFlight) return inFlight;
	const render = (async () => {
		renders++;
		return renderRoadmapPdf(data);
	})();
	pending.set(key, render);
	try {
		const pdf = await render;
		keep(key, pdf);
		return pdf;
	} finally {
		pending.delete(key);
	}
}

/** For tests: how many renders ran, and how many roadmaps are kept. */
export function renderedStats() {
	return { renders, kept: done.size, bytes };
}

/** For tests and benchmarks: forget every kept roadmap. */
export function clearRendered() {
	done.clear();
	bytes = 0;
}
