// The line between the roadmap and the renderer. The document builder (this folder) and the
// mappers (../map) describe a roadmap as plain pdfmake content; src/lib/server/pdf turns any
// document into bytes and knows nothing about roadmaps. Only the renderer's public names may be
// imported from here, and building a roadmap must not load the renderer (pdfmake, fonts on disk).
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importsOf, LIB, sourceFiles } from '$lib/server/testing/imports';

const RENDERER = join(LIB, 'server/pdf');
const REPORTS = join(LIB, 'server/reports');
/** What a document may name from the renderer: the font family, which resolves nothing. */
const PUBLIC = new Set([join(RENDERER, 'font-family.ts')]);

const inside = (dir: string, path: string) => !relative(dir, path).startsWith('..');

describe('the roadmap and the renderer', () => {
	const builder = [...sourceFiles(join(REPORTS, 'document')), ...sourceFiles(join(REPORTS, 'map'))];

	it('finds the files it checks', () => {
		expect(builder.map((f) => relative(REPORTS, f))).toEqual(
			expect.arrayContaining(['document/roadmap.ts', 'document/content.ts', 'map/index.ts'])
		);
	});

	it('the document builder and the mappers import nothing of the renderer but its public names', () => {
		const reaching = builder.flatMap((file) =>
			importsOf(file)
				.filter(({ path }) => path && inside(RENDERER, path) && !PUBLIC.has(path))
				.map(({ specifier }) => `${relative(LIB, file)} → ${specifier}`)
		);
		expect(reaching).toEqual([]);
	});

	it('the renderer imports nothing of the roadmap', () => {
		const reaching = sourceFiles(RENDERER).flatMap((file) =>
			importsOf(file)
				.filter(({ path }) => path && inside(REPORTS, path))
				.map(({ specifier }) => `${relative(LIB, file)} → ${specifier}`)
		);
		expect(reaching).toEqual([]);
	});
});

// Loading either would resolve Vazirmatn's files (fonts.ts) or configure pdfmake for rendering.
vi.mock('$lib/server/pdf/fonts', () => {
	throw new Error('the document builder loaded the renderer’s fonts');
});
vi.mock('$lib/server/pdf/pdfmake', () => {
	throw new Error('the document builder loaded pdfmake');
});

it('builds a roadmap in both languages without loading fonts or pdfmake', async () => {
	const { buildRoadmap } = await import('./roadmap');
	const { demoWorkshop } = await import('../../../../../tests/fixtures/roadmap/demo-workshop');
	for (const locale of ['en', 'fa'] as const) {
		const doc = buildRoadmap(demoWorkshop(locale));
		expect(doc.defaultStyle).toMatchObject({ font: 'Vazirmatn' });
		expect(Array.isArray(doc.content) && doc.content.length).toBeGreaterThan(20);
	}
});
