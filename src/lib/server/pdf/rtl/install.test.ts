import { describe, expect, it } from 'vitest';
import { pdfmake } from '../pdfmake';
import {
	checkPdfmakeInternals,
	installRtlLayout,
	loadPdfmakeInternals,
	VERIFIED_PDFMAKE,
	type PdfmakeInternals
} from './install';
import { RtlLayoutError } from './line';

// A stand-in with the shape the layer expects, to change one thing at a time.
function fakeInternals(changes: Partial<PdfmakeInternals> = {}): PdfmakeInternals {
	return {
		version: VERIFIED_PDFMAKE,
		TextInlines: {
			prototype: {
				buildInlines(_textArray: unknown, _styles: unknown) {
					return { items: [] };
				}
			}
		},
		Renderer: {
			prototype: {
				renderLine(
					line: { inlines: { text: string; x: number; width: number }[] },
					x: number,
					y: number
				) {
					for (const inline of line.inlines) void [inline.text, x + inline.x, y, inline.width];
				}
			}
		},
		...changes
	} as PdfmakeInternals;
}

describe('the pinned pdfmake', () => {
	it('is the version the layer was verified against, with the internals it hooks', () => {
		const real = loadPdfmakeInternals();
		expect(real.version).toBe(VERIFIED_PDFMAKE);
		expect(() => checkPdfmakeInternals(real)).not.toThrow();
	});

	it('has the layout installed once the configured instance is used, and only once', () => {
		pdfmake();
		const real = loadPdfmakeInternals();
		const renderLine = real.Renderer.prototype.renderLine;
		const buildInlines = real.TextInlines.prototype.buildInlines;
		expect(renderLine.toString()).toContain('reorderLine');
		installRtlLayout(real);
		installRtlLayout();
		expect(real.Renderer.prototype.renderLine).toBe(renderLine);
		expect(real.TextInlines.prototype.buildInlines).toBe(buildInlines);
	});
});

describe('checkPdfmakeInternals', () => {
	it('accepts the expected shape', () => {
		expect(() => checkPdfmakeInternals(fakeInternals())).not.toThrow();
	});

	it('refuses another pdfmake version with an error that says what to do', () => {
		expect(() => checkPdfmakeInternals(fakeInternals({ version: '0.3.12' }))).toThrow(
			/pdfmake 0\.3\.12 is installed, verified is 0\.3\.11/
		);
	});

	it('refuses a Renderer without renderLine(line, x, y)', () => {
		const Renderer = { prototype: {} } as PdfmakeInternals['Renderer'];
		expect(() => checkPdfmakeInternals(fakeInternals({ Renderer }))).toThrow(RtlLayoutError);
	});

	it('refuses a renderLine that no longer draws inlines at x + inline.x', () => {
		const Renderer = {
			prototype: {
				renderLine(line: { glyphs: unknown[] }, x: number, y: number) {
					void [line.glyphs, x, y];
				}
			}
		} as unknown as PdfmakeInternals['Renderer'];
		expect(() => checkPdfmakeInternals(fakeInternals({ Renderer }))).toThrow(/no longer uses/);
	});

	it('refuses a TextInlines without buildInlines', () => {
		const TextInlines = { prototype: {} } as PdfmakeInternals['TextInlines'];
		expect(() => checkPdfmakeInternals(fakeInternals({ TextInlines }))).toThrow(/buildInlines/);
	});

	it('installs into a fresh copy and refuses a broken one before patching anything', () => {
		const fresh = fakeInternals();
		const original = fresh.Renderer.prototype.renderLine;
		installRtlLayout(fresh);
		expect(fresh.Renderer.prototype.renderLine).not.toBe(original);

		const broken = fakeInternals({ version: '0.4.0' });
		const untouched = broken.Renderer.prototype.renderLine;
		expect(() => installRtlLayout(broken)).toThrow(RtlLayoutError);
		expect(broken.Renderer.prototype.renderLine).toBe(untouched);
	});
});
