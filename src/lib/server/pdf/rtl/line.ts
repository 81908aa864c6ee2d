// One wrapped line of pdfmake, laid out in visual order (shared notes/pdf-rtl.md, steps 2–5).
//
// pdfmake hands the renderer a line of "inlines" (one per word, each with its x and width).
// reorderLine() returns the same line with its inlines replaced by the words of the bidi
// pieces, shaped, re-measured and laid out left to right from the edge the line is aligned to.
import { firstStrongDirection, hasArabicScript, reverseText, visualPieces } from './bidi';
import type { Direction, Piece, Run } from './bidi';

// The parts of pdfkit's font and of fontkit's glyph run that we use: layoutCached(text) shapes
// a text as one run (cached per document) and tells which way fontkit laid it out.
type GlyphRun = { direction: 'ltr' | 'rtl'; advanceWidth: number };
type PdfkitFont = { layoutCached(text: string): GlyphRun };
type Shaped = { text: string; width: number; run?: GlyphRun };

/** pdfmake's inline: one measured word (or piece) of a line. Only what we read or write. */
export type Inline = {
	text: string;
	x: number;
	width: number;
	font: PdfkitFont;
	fontSize: number;
	alignment?: string;
	fontFeatures?: unknown;
	characterSpacing?: number;
	leadingCut?: number;
	trailingCut?: number;
	justifyShift?: number;
	/** The paragraph's base direction, stamped on its inlines when pdfmake builds them. */
	dir?: Direction;
	_pageNodeRef?: unknown;
	[style: string]: unknown;
};

export type Line = {
	inlines: Inline[];
	leadingCut: number;
	trailingCut: number;
	getWidth(): number;
	_pageNodeRef?: unknown;
};

export class RtlLayoutError extends Error {
	constructor(what: string) {
		super(
			`PDF right-to-left layout: ${what}. pdfmake's internals are not what ` +
				'src/lib/server/pdf/rtl/ was written for; see install.ts.'
		);
	}
}

/**
 * A paragraph's base direction: its `dir` style if given, right-to-left if it is right-aligned,
 * otherwise from its first strong character (Unicode rule P2).
 */
export function paragraphDirection(
	text: string,
	styled: Direction | undefined,
	alignment: unknown
): Direction {
	if (styled === 'rtl' || styled === 'ltr') return styled;
	if (alignment === 'right') return 'rtl';
	return firstStrongDirection(text) ?? 'ltr';
}

// Properties that change how an inline is drawn: inlines that agree on all of them are one run.
const STYLE_KEYS = [
	'font',
	'fontSize',
	'color',
	'background',
	'decoration',
	'decorationColor',
	'decorationStyle',
	'decorationThickness',
	'characterSpacing',
	'fontFeatures',
	'opacity',
	'sup',
	'sub',
	'link',
	'linkToPage',
	'linkToDestination'
] as const;

function sameStyle(a: Inline, b: Inline): boolean {
	for (const k of STYLE_KEYS) {
		const va = a[k];
		const vb = b[k];
		if (va !== vb && !(Array.isArray(va) && JSON.stringify(va) === JSON.stringify(vb))) {
			return false;
		}
	}
	return true;
}

/**
 * Shapes one word of a piece. fontkit joins Arabic letters only in logical order, and reverses
 * the glyphs itself when the text's first non-shared script is right to left. Where that
 * reversal disagrees with the piece's level (Persian digits inside a left-to-right number,
 * neutral characters inside a right-to-left run) the word is handed over pre-reversed.
 *
 * Pieces are drawn word by word because pdfkit lays text out word by word (it splits at
 * spaces): a word is one run, and the same text pdfmake already measured, so pdfkit's layout
 * cache answers instead of fontkit.
 */
function shapeWord(template: Inline, word: string, rtl: boolean): Shaped[] {
	const font = template.font;
	if (typeof font?.layoutCached !== 'function') {
		throw new RtlLayoutError('an inline has no pdfkit font with layoutCached()');
	}
	const measure = (text: string): Shaped => {
		const run = font.layoutCached(text);
		if (run.direction !== 'ltr' && run.direction !== 'rtl') {
			throw new RtlLayoutError('fontkit returned a glyph run without a direction');
		}
		const spacing = (template.characterSpacing ?? 0) * (Array.from(text).length - 1);
		return { text, width: (run.advanceWidth * template.fontSize) / 1000 + spacing, run };
	};
	const shaped = measure(word);
	const [, core = '', space = ''] = /^(.*?)(\s*)$/s.exec(word) ?? [];
	if ((shaped.run?.direction === 'rtl') === rtl || core === '') return [shaped];
	// Reversed, the trailing spaces would lead, and pdfkit splits leading spaces off as a word
	// of their own: they are drawn apart, on the side where they belong.
	const reversed = measure(reverseText(core));
	if (space === '') return [reversed];
	return rtl ? [measure(space), reversed] : [reversed, measure(space)];
}

/** A piece's words, each with its trailing spaces, in visual order. */
function visualWords(piece: Piece): string[] {
	const words = piece.text.match(/\S+\s*|\s+/g) ?? [];
	return piece.rtl ? words.reverse() : words;
}

/**
 * The line with runs of same-style words drawn as one text. pdfmake draws every word on its own
 * (a text object each); pdfkit splits a text at spaces and shapes word by word anyway, so
 * joining words where one ends in a space draws the very same glyphs, in fewer and smaller
 * operations. Joining at any other place could change the shaping (and a run's direction).
 */
export function mergeWords(line: Line): Line {
	const inlines = line.inlines;
	if (inlines.some((i) => i.justifyShift || i._pageNodeRef || i.fontFeatures)) return line;
	// Runs of joinable inlines first, then one new inline per run of two or more.
	const merged: Inline[] = [];
	let first = 0;
	const close = (end: number) => {
		const head = inlines[first] as Inline;
		if (end - first === 1) {
			merged.push(head);
			return;
		}
		let text = '';
		let width = 0;
		for (let i = first; i < end; i++) {
			const inline = inlines[i] as Inline;
			text += inline.text;
			width += inline.width;
		}
		merged.push({ ...head, text, width });
	};
	for (let i = 1; i < inlines.length; i++) {
		const prev = inlines[i - 1] as Inline;
		const inline = inlines[i] as Inline;
		const last = prev.text.charCodeAt(prev.text.length - 1);
		const joins =
			(last === 32 || last === 9) &&
			Math.abs(prev.x + prev.width - inline.x) < 0.01 &&
			sameStyle(prev, inline);
		if (!joins) {
			close(i);
			first = i;
		}
	}
	if (inlines.length > 0) close(inlines.length);
	if (merged.length === inlines.length) return line;
	return Object.assign(Object.create(Object.getPrototypeOf(line)) as Line, line, {
		inlines: merged
	});
}

export function needsReordering(line: Line): boolean {
	if (!Array.isArray(line.inlines)) throw new RtlLayoutError('a line has no inlines array');
	// Page references are filled in by renderLine itself, after us; we have none in Persian.
	if (line._pageNodeRef || line.inlines.some((i) => i._pageNodeRef)) return false;
	return line.inlines.some((i) => typeof i.text === 'string' && hasArabicScript(i.text));
}

/** The line with its inlines replaced by shaped pieces in visual order (left to right). */
export function reorderLine(line: Line, x: number): Line {
	const inlines = line.inlines;
	const texts = inlines.map((i) => i.text);
	// What pdfmake cut from the line's width (leading/trailing spaces) is not drawn.
	if (line.leadingCut > 0) texts[0] = (texts[0] ?? '').replace(/^\s+/, '');
	const last = texts.length - 1;
	if (line.trailingCut > 0) texts[last] = (texts[last] ?? '').replace(/\s+$/, '');

	const templates: Inline[] = [];
	const runs: Run[] = [];
	inlines.forEach((inline, i) => {
		const prev = runs.at(-1);
		const prevTemplate = prev && templates[prev.source];
		if (prev && prevTemplate && sameStyle(prevTemplate, inline)) prev.text += texts[i] ?? '';
		else {
			templates.push(inline);
			runs.push({ text: texts[i] ?? '', source: templates.length - 1 });
		}
	});

	const first = inlines[0];
	const text = runs.map((r) => r.text).join('');
	const base = paragraphDirection(text, first?.dir, first?.alignment);
	const shaped = visualPieces(runs, base).flatMap((piece) => {
		const template = templates[piece.source] as Inline;
		return visualWords(piece).flatMap((word) =>
			shapeWord(template, word, piece.rtl).map(({ text, width }) => ({ template, text, width }))
		);
	});

	// Re-anchor to the edge pdfmake aligned the line to (justified text is not spread).
	const total = shaped.reduce((sum, p) => sum + p.width, 0);
	const box = line.getWidth();
	const alignment = first?.alignment;
	let cursor = x;
	if (alignment === 'right' || (alignment !== 'center' && alignment !== 'left' && base === 'rtl')) {
		cursor = x + box - total;
	} else if (alignment === 'center') cursor = x + (box - total) / 2;

	const visual = shaped.map(({ template, text, width }): Inline => {
		const inline: Inline = {
			...template,
			text,
			width,
			x: cursor - x,
			leadingCut: 0,
			trailingCut: 0,
			justifyShift: 0
		};
		cursor += width;
		return inline;
	});
	return Object.assign(Object.create(Object.getPrototypeOf(line)) as Line, line, {
		inlines: visual
	});
}
