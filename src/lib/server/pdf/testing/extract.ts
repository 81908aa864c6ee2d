// Test helpers: what a rendered PDF shows, read back with pdf.js.
//
// getTextContent() gives whole lines: pdf.js merges touching text runs into one item and
// reorders it with its own bidi guess, so it cannot tell where each word was drawn. For word
// positions we replay the page's operator list and place every glyph ourselves.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;
type Matrix = [number, number, number, number, number, number];

export type Glyph = {
	text: string;
	x: number;
	y: number;
	width: number;
	fontSize: number;
	/** pdf.js's id of the font the glyph is drawn with (differs between Regular and Bold). */
	font: string;
};
export type TextItem = { str: string; x: number; y: number; width: number; dir: string };

export async function openPdf(pdf: Uint8Array): Promise<PdfDocument> {
	// pdf.js may take ownership of the buffer: give it a copy.
	return getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
}

/** The text items of every page, as pdf.js's getTextContent reports them. */
export async function textItems(doc: PdfDocument): Promise<TextItem[][]> {
	const pages: TextItem[][] = [];
	for (let p = 1; p <= doc.numPages; p++) {
		const content = await (await doc.getPage(p)).getTextContent();
		const items: TextItem[] = [];
		for (const it of content.items) {
			if (!('str' in it)) continue;
			items.push({
				str: it.str,
				x: it.transform[4],
				y: it.transform[5],
				width: it.width,
				dir: it.dir
			});
		}
		pages.push(items);
	}
	return pages;
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[1] * n[2],
	m[0] * n[1] + m[1] * n[3],
	m[2] * n[0] + m[3] * n[2],
	m[2] * n[1] + m[3] * n[3],
	m[4] * n[0] + m[5] * n[2] + n[4],
	m[4] * n[1] + m[5] * n[3] + n[5]
];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const toMatrix = (a: ArrayLike<number>): Matrix => [
	a[0] ?? 1,
	a[1] ?? 0,
	a[2] ?? 0,
	a[3] ?? 1,
	a[4] ?? 0,
	a[5] ?? 0
];

type PdfGlyph = { unicode: string; width: number; isSpace?: boolean };

// A glyph's text as a reader would see it drawn: presentation forms folded to letters, and a
// ligature of Arabic letters (lam-alef) in visual order.
function glyphText(unicode: string): string {
	const text = unicode.normalize('NFKC');
	return text.length > 1 && /\p{Script=Arabic}/u.test(text)
		? Array.from(text).reverse().join('')
		: text;
}

/** Every glyph of a page with its position in PDF user space (y grows upwards). */
export async function pageGlyphs(doc: PdfDocument, pageNumber: number): Promise<Glyph[]> {
	const page = await doc.getPage(pageNumber);
	const ops = await page.getOperatorList();
	const glyphs: Glyph[] = [];
	const stack: Matrix[] = [];
	let ctm = IDENTITY;
	let tm = IDENTITY;
	let lm = IDENTITY;
	let fontSize = 0;
	let font = '';
	let charSpacing = 0;
	let wordSpacing = 0;
	let hScale = 1;
	for (let i = 0; i < ops.fnArray.length; i++) {
		const args = ops.argsArray[i] as unknown[];
		switch (ops.fnArray[i]) {
			case OPS.save:
				stack.push(ctm);
				break;
			case OPS.restore:
				ctm = stack.pop() ?? IDENTITY;
				break;
			case OPS.transform:
				ctm = multiply(toMatrix(args as number[]), ctm);
				break;
			case OPS.paintFormXObjectBegin:
				stack.push(ctm);
				ctm = multiply(toMatrix((args[0] as number[] | null) ?? IDENTITY), ctm);
				break;
			case OPS.paintFormXObjectEnd:
				ctm = stack.pop() ?? IDENTITY;
				break;
			case OPS.beginText:
				tm = lm = IDENTITY;
				break;
			case OPS.setTextMatrix:
				tm = lm = toMatrix(args[0] as ArrayLike<number>);
				break;
			case OPS.moveText:
			case OPS.setLeadingMoveText:
				tm = lm = multiply([1, 0, 0, 1, args[0] as number, args[1] as number], lm);
				break;
			case OPS.setFont:
				font = args[0] as string;
				fontSize = args[1] as number;
				break;
			case OPS.setCharSpacing:
				charSpacing = args[0] as number;
				break;
			case OPS.setWordSpacing:
				wordSpacing = args[0] as number;
				break;
			case OPS.setHScale:
				hScale = (args[0] as number) / 100;
				break;
			case OPS.showText:
				for (const g of args[0] as (PdfGlyph | number)[]) {
					if (typeof g === 'number') {
						tm = multiply([1, 0, 0, 1, (-g / 1000) * fontSize * hScale, 0], tm);
						continue;
					}
					const advance =
						((g.width / 1000) * fontSize + charSpacing + (g.isSpace ? wordSpacing : 0)) * hScale;
					const start = multiply(tm, ctm);
					const end = multiply(multiply([1, 0, 0, 1, advance, 0], tm), ctm);
					glyphs.push({
						text: glyphText(g.unicode),
						x: Math.min(start[4], end[4]),
						y: start[5],
						width: Math.abs(end[4] - start[4]),
						fontSize,
						font
					});
					tm = multiply([1, 0, 0, 1, advance, 0], tm);
				}
				break;
		}
	}
	return glyphs;
}

/** Glyphs grouped into lines (top to bottom), each sorted left to right. */
export function glyphLines(glyphs: readonly Glyph[]): Glyph[][] {
	const lines: Glyph[][] = [];
	const sorted = [...glyphs].sort((a, b) => b.y - a.y);
	for (const g of sorted) {
		const line = lines.at(-1);
		const first = line?.[0];
		if (line && first && Math.abs(first.y - g.y) < first.fontSize * 0.3) line.push(g);
		else lines.push([g]);
	}
	return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** A line as drawn, read left to right. */
export function visualString(line: readonly Glyph[]): string {
	return line.map((g) => g.text).join('');
}

/**
 * Where a drawn string starts on a line: the x of the glyph at which `drawnText` (glyphs read
 * left to right) begins. Throws if it is absent or appears more than once.
 */
export function xOf(line: readonly Glyph[], drawnText: string): number {
	const starts: number[] = [];
	let text = '';
	for (const g of line) {
		for (let i = 0; i < g.text.length; i++) starts.push(g.x);
		text += g.text;
	}
	const at = text.indexOf(drawnText);
	if (at < 0) throw new Error(`"${drawnText}" is not drawn on the line "${text}"`);
	if (text.indexOf(drawnText, at + 1) >= 0) throw new Error(`"${drawnText}" is drawn twice`);
	return starts[at] ?? Number.NaN;
}
