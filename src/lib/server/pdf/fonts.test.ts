import { describe, expect, it } from 'vitest';
import { FONT } from './font-family';
import { renderPdf } from './render';

describe('embedded fonts', () => {
	it('embeds only subsets of the Vazirmatn faces a document uses', async () => {
		const pdf = await renderPdf({
			defaultStyle: { font: FONT },
			content: [
				{ text: 'نقشه راه آمادگی CRM', bold: true },
				{ text: 'Readiness roadmap — ۱۴۰۳/۰۵/۱۲' }
			]
		});
		const names = [...pdf.toString('latin1').matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)];
		// A composite font names its face twice (Type0 and its CIDFont), with the same prefix.
		expect([...new Set(names.map((m) => m[2]))].sort()).toEqual([
			'Vazirmatn-Bold',
			'Vazirmatn-Regular'
		]);
		// Each face is ~120 KB as a file; two subsets of a few dozen glyphs stay small.
		expect(pdf.length).toBeLessThan(30_000);
	});
});
