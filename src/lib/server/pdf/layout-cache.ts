// A process-wide cache of shaped words, shared by every document that uses the same font file.
//
// pdfkit keeps a cache of shaped words per font per document, so each new PDF shapes its whole
// vocabulary again with fontkit (Persian shaping is the costliest part of a report). A glyph run
// depends only on the font file and the text, and pdfkit's EmbeddedFont reads its cache through
// one object (`layoutCache`), so documents can share it: we swap in a shared object when pdfmake
// opens a font (PDFDocument.prototype.provideFont). Bounded: cleared when it grows too large.
import { createRequire } from 'node:module';

// A few thousand words per report; a glyph run is about a kilobyte.
const MAX_ENTRIES = 20_000;

type FontFile = { postscriptName?: string; numGlyphs?: number; unitsPerEm?: number };
type EmbeddedFont = { layoutCache?: Record<string, unknown>; font?: FontFile };
type ProvideFont = (this: unknown, family: string, bold: boolean, italics: boolean) => unknown;
type PdfDocumentClass = { prototype: { provideFont: ProvideFont & { [SHARED]?: boolean } } };

const SHARED = Symbol.for('crm-readiness.pdf.shared-layout-cache');
const caches = new Map<string, Record<string, unknown>>();

// Glyph ids only mean something within one font file: key by what identifies the file.
const fileKey = (f: FontFile) => `${f.postscriptName}|${f.numGlyphs}|${f.unitsPerEm}`;

function share(font: EmbeddedFont): void {
	if (!font.layoutCache || !font.font?.postscriptName) return;
	const key = fileKey(font.font);
	let cache = caches.get(key);
	if (!cache || Object.keys(cache).length > MAX_ENTRIES) {
		cache = Object.create(null) as Record<string, unknown>;
		caches.set(key, cache);
	}
	font.layoutCache = cache;
}

/** Forgets every shaped word (the benchmark measures cold renders with it). */
export function clearSharedLayoutCache(): void {
	caches.clear();
}

/** Entries per font file, for tests. */
export function sharedLayoutCacheSizes(): number[] {
	return [...caches.values()].map((c) => Object.keys(c).length);
}

export function installSharedLayoutCache(
	PDFDocument: PdfDocumentClass = (
		createRequire(import.meta.url)('pdfmake/js/PDFDocument.js') as { default: PdfDocumentClass }
	).default
): void {
	const proto = PDFDocument?.prototype;
	const provideFont = proto?.provideFont;
	if (typeof provideFont !== 'function' || provideFont.length !== 3) {
		throw new Error(
			'pdfmake PDFDocument.prototype.provideFont(family, bold, italics) is gone: see ' +
				'src/lib/server/pdf/layout-cache.ts (verified with pdfmake 0.3.11)'
		);
	}
	if (provideFont[SHARED]) return;
	const hooked: ProvideFont & { [SHARED]?: boolean } = function (family, bold, italics) {
		const font = provideFont.call(this, family, bold, italics) as EmbeddedFont & {
			[SHARED]?: boolean;
		};
		if (font && !font[SHARED]) {
			share(font);
			font[SHARED] = true;
		}
		return font;
	};
	hooked[SHARED] = true;
	proto.provideFont = hooked;
}
