// The visual order of one wrapped line (see shared notes/pdf-rtl.md). Pure: it knows nothing of
// pdfmake or fonts, so the reordering can be tested on plain strings.
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

export type Direction = 'ltr' | 'rtl';

/** A stretch of a line that keeps one style (pdfmake inlines of identical style, merged). */
export type Run = { text: string; source: number };

/** Visually adjacent characters with one bidi level and one source run, in logical order. */
export type Piece = {
	/** Logical-order text; characters with a mirrored form are already mirrored in RTL pieces. */
	text: string;
	level: number;
	source: number;
	/** Odd level: the piece must appear reversed (right to left). */
	rtl: boolean;
};

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
// The scripts fontkit lays out right to left (its Script.direction list, the ones we can meet).
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const NEUTRAL_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

export function hasArabicScript(text: string): boolean {
	return ARABIC_SCRIPT.test(text);
}

/**
 * 'r' for right-to-left scripts, 'l' for any other script, 'n' for shared characters (digits
 * 0-9, spaces, punctuation). A piece never mixes 'r' and 'l', so reversing it never changes the
 * direction fontkit picks from its first non-shared character.
 */
function scriptClass(ch: string): 'r' | 'l' | 'n' {
	if (NEUTRAL_SCRIPT.test(ch)) return 'n';
	return RTL_SCRIPT.test(ch) ? 'r' : 'l';
}

/** The paragraph direction from its first strong character (rule P2), or undefined if none. */
export function firstStrongDirection(text: string): Direction | undefined {
	for (const ch of text) {
		const type = bidi.getBidiCharTypeName(ch);
		if (type === 'L') return 'ltr';
		if (type === 'R' || type === 'AL') return 'rtl';
	}
	return undefined;
}

// What can make a level other than the paragraph's in a right-to-left line: numbers, letters of
// other scripts (and their marks), explicit direction marks and embeddings.
const NOT_PLAIN_RTL =
	/[\p{N}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\p{L}--\p{Script=Arabic}]|[\p{M}--[\p{Script=Arabic}\p{Script=Inherited}]]/v;

const MARK = /[\u200E\u200F\u061C]/;

function mirror(text: string): string {
	let out = '';
	for (const ch of text) out += bidi.getMirroredCharacter(ch) ?? ch;
	return out;
}

/** Cuts a line into pieces and returns them in visual order, left to right. */
export function visualPieces(runs: readonly Run[], base: Direction): Piece[] {
	const text = runs.map((r) => r.text).join('');
	if (text.length === 0) return [];
	// Most Persian lines hold only Persian words, spaces and punctuation: every character then
	// resolves to level 1, and the line is its runs in reverse order (bidi.test.ts checks this
	// against the full algorithm). It saves running the algorithm on most lines.
	if (base === 'rtl' && !NOT_PLAIN_RTL.test(text)) {
		return runs
			.filter((r) => r.text.length > 0)
			.map((r) => ({ text: mirror(r.text), level: 1, source: r.source, rtl: true }))
			.reverse();
	}
	return bidiPieces(runs, base);
}

/** The full Unicode bidi algorithm (bidi-js) over a line. */
export function bidiPieces(runs: readonly Run[], base: Direction): Piece[] {
	const text = runs.map((r) => r.text).join('');
	const sourceAt: number[] = [];
	for (const run of runs) for (let i = 0; i < run.text.length; i++) sourceAt.push(run.source);

	const embedding = bidi.getEmbeddingLevels(text, base);
	const { levels } = embedding;
	const order = bidi.getReorderedIndices(text, embedding);
	const mirrored = bidi.getMirroredCharactersMap(text, levels);

	type Open = { start: number; end: number; last: number; level: number; source: number };
	const open: Open[] = [];
	const classes: ('r' | 'l' | 'n')[] = [];
	for (const i of order) {
		const level = levels[i] ?? 0;
		const source = sourceAt[i] ?? 0;
		const cls = scriptClass(text[i] ?? '');
		const cur = open.at(-1);
		const step = level % 2 === 1 ? -1 : 1;
		const curClass = classes.at(-1) ?? 'n';
		if (
			cur &&
			cur.level === level &&
			cur.source === source &&
			i === cur.last + step &&
			(cls === 'n' || curClass === 'n' || cls === curClass)
		) {
			cur.start = Math.min(cur.start, i);
			cur.end = Math.max(cur.end, i);
			cur.last = i;
			if (cls !== 'n') classes[classes.length - 1] = cls;
		} else {
			open.push({ start: i, end: i, last: i, level, source });
			classes.push(cls);
		}
	}

	// Direction marks have done their work once the levels are known; they are not drawn (pdf.js
	// would read them back as stray spaces inside the words beside them).
	return open
		.map((p) => {
			let pieceText = '';
			for (let i = p.start; i <= p.end; i++)
				if (!MARK.test(text[i] ?? '')) pieceText += mirrored.get(i) ?? text[i];
			return { text: pieceText, level: p.level, source: p.source, rtl: p.level % 2 === 1 };
		})
		.filter((p) => p.text.length > 0);
}

export function reverseText(text: string): string {
	return Array.from(text).reverse().join('');
}

/** What a reader sees, left to right: each piece in its own direction. For tests and debugging. */
export function visualText(pieces: readonly Piece[]): string {
	return pieces.map((p) => (p.rtl ? reverseText(p.text) : p.text)).join('');
}
