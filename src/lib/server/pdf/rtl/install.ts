// Hooks the right-to-left layout into pdfmake. Two methods are wrapped, nothing else changes:
// - TextInlines.prototype.buildInlines, where a paragraph becomes inlines: each inline is
//   stamped with the paragraph's base direction (line.ts paragraphDirection), which a single
//   wrapped line could not tell by itself;
// - Renderer.prototype.renderLine, where a line is drawn: lines with Arabic-script characters
//   are drawn in visual order (line.ts reorderLine), and words of one style are drawn together
//   (line.ts mergeWords: same glyphs, fewer operations).
// Both are pdfmake internals (and line.ts calls pdfkit's EmbeddedFont.layoutCached), so pdfmake
// is pinned to an exact version and installing refuses any other version or a changed shape,
// with an error that says where to look.
import { createRequire } from 'node:module';
import { hasArabicScript } from './bidi';
import type { Direction } from './bidi';
import {
	mergeWords,
	needsReordering,
	paragraphDirection,
	reorderLine,
	RtlLayoutError
} from './line';
import type { Inline, Line } from './line';

/** The pdfmake version this layer was verified against; bump only after rtl/*.test.ts pass. */
export const VERIFIED_PDFMAKE = '0.3.11';

type StyleStack = { getProperty(name: string): unknown };
type BuildInlines = (
	this: unknown,
	text: unknown,
	styles: StyleStack | undefined
) => { items: Inline[] };
type RenderLine = (this: unknown, line: Line, x: number, y: number) => void;

export type PdfmakeInternals = {
	version: string;
	TextInlines: { prototype: { buildInlines: BuildInlines } };
	Renderer: { prototype: { renderLine: RenderLine } };
};

const ORIGINAL = Symbol.for('crm-readiness.pdf.rtl.original');
type Hooked<F> = F & { [ORIGINAL]?: F };

export function loadPdfmakeInternals(): PdfmakeInternals {
	const require = createRequire(import.meta.url);
	const load = <T>(path: string): T => (require(path) as { default: T }).default;
	return {
		version: (require('pdfmake/package.json') as { version: string }).version,
		TextInlines: load('pdfmake/js/TextInlines.js'),
		Renderer: load('pdfmake/js/Renderer.js')
	};
}

function source(fn: Hooked<(...args: never[]) => unknown>): string {
	return (fn[ORIGINAL] ?? fn).toString();
}

/** Throws an RtlLayoutError unless pdfmake still looks the way this layer was written for. */
export function checkPdfmakeInternals(pdfmake: PdfmakeInternals): void {
	if (pdfmake.version !== VERIFIED_PDFMAKE) {
		throw new RtlLayoutError(
			`pdfmake ${pdfmake.version} is installed, verified is ${VERIFIED_PDFMAKE}; pin it back, ` +
				'or re-run src/lib/server/pdf/rtl tests and bump VERIFIED_PDFMAKE'
		);
	}
	const buildInlines = pdfmake.TextInlines?.prototype?.buildInlines;
	if (typeof buildInlines !== 'function' || buildInlines.length !== 2) {
		throw new RtlLayoutError('TextInlines.prototype.buildInlines(textArray, styleStack) is gone');
	}
	if (!source(buildInlines).includes('items:')) {
		throw new RtlLayoutError('buildInlines no longer returns { items }');
	}
	const renderLine = pdfmake.Renderer?.prototype?.renderLine;
	if (typeof renderLine !== 'function' || renderLine.length !== 3) {
		throw new RtlLayoutError('Renderer.prototype.renderLine(line, x, y) is gone');
	}
	// The original must still draw each inline's own text at x + inline.x.
	for (const used of ['line.inlines', 'inline.text', 'x + inline.x', 'inline.width']) {
		if (!source(renderLine).includes(used)) {
			throw new RtlLayoutError(`renderLine no longer uses ${used}`);
		}
	}
}

/** Installs the layout into pdfmake, once per process (a second call changes nothing). */
export function installRtlLayout(pdfmake: PdfmakeInternals = loadPdfmakeInternals()): void {
	checkPdfmakeInternals(pdfmake);

	const inlinesProto = pdfmake.TextInlines.prototype;
	const buildInlines: Hooked<BuildInlines> = inlinesProto.buildInlines;
	if (!buildInlines[ORIGINAL]) {
		const hooked: Hooked<BuildInlines> = function (this: unknown, text, styles) {
			const result = buildInlines.call(this, text, styles);
			if (!Array.isArray(result?.items)) throw new RtlLayoutError('buildInlines gave no items');
			const items = result.items;
			if (items.some((i) => hasArabicScript(i.text))) {
				const styled = styles?.getProperty('dir') as Direction | undefined;
				const text = items.map((i) => i.text).join('');
				const dir = paragraphDirection(text, styled, items[0]?.alignment);
				for (const item of items) item.dir = dir;
			}
			return result;
		};
		hooked[ORIGINAL] = buildInlines;
		inlinesProto.buildInlines = hooked;
	}

	const rendererProto = pdfmake.Renderer.prototype;
	const renderLine: Hooked<RenderLine> = rendererProto.renderLine;
	if (!renderLine[ORIGINAL]) {
		const hooked: Hooked<RenderLine> = function (this: unknown, line, x, y) {
			const drawn = needsReordering(line) ? reorderLine(line, x || 0) : line;
			return renderLine.call(this, mergeWords(drawn), x, y);
		};
		hooked[ORIGINAL] = renderLine;
		rendererProto.renderLine = hooked;
	}
}
