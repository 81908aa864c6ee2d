import { describe, expect, it } from 'vitest';
import { FONT } from './font-family';
import {
	clearSharedLayoutCache,
	installSharedLayoutCache,
	sharedLayoutCacheSizes
} from './layout-cache';
import { renderPdf } from './render';
import { HARD_LINES } from './testing/hard-lines';
import { glyphLines, openPdf, pageGlyphs } from './testing/extract';

const doc = () => ({
	defaultStyle: { font: FONT, fontSize: 12 },
	content: [
		...HARD_LINES.map((l) => ({ text: l.logical, alignment: 'right' as const })),
		{ text: 'Readiness roadmap, 24 November 2026', bold: true }
	]
});
// Where each glyph is drawn (pdf.js names fonts per document, so the font id is left out).
const glyphsOf = async (pdf: Buffer) =>
	glyphLines(await pageGlyphs(await openPdf(pdf), 1)).map((line) =>
		line.map(({ text, x, y, width }) => ({ text, x, y, width }))
	);

describe('the shared layout cache', () => {
	it('lets a document reuse words shaped for an earlier one, drawing the same glyphs', async () => {
		clearSharedLayoutCache();
		const cold = await renderPdf(doc());
		const sizes = sharedLayoutCacheSizes();
		expect(sizes).toHaveLength(2);
		for (const size of sizes) expect(size).toBeGreaterThan(0);
		const warm = await renderPdf(doc());
		// Nothing new to shape: the second document found every word in the cache.
		expect(sharedLayoutCacheSizes()).toEqual(sizes);
		expect(await glyphsOf(warm)).toEqual(await glyphsOf(cold));
	});

	it('installs once and refuses a pdfmake without provideFont(family, bold, italics)', () => {
		class Fake {
			provideFont(_family: string, _bold: boolean, _italics: boolean) {
				return {};
			}
		}
		installSharedLayoutCache(Fake);
		const hooked = Fake.prototype.provideFont;
		installSharedLayoutCache(Fake);
		expect(Fake.prototype.provideFont).toBe(hooked);
		expect(() => installSharedLayoutCache(class {} as never)).toThrow(/provideFont/);
	});
});
