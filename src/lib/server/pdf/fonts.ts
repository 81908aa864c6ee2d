// Vazirmatn (OFL) covers Persian and Latin, so one family serves both languages, in two weights
// (each weight a document uses costs a font parse per document and its subset in the file). pdfkit embeds
// only the glyphs a document uses (a subset, named with a six-letter prefix such as
// ABCDEF+Vazirmatn-Regular). The files are referenced by absolute path because pdfmake's SVG
// renderer opens fonts through pdfkit directly, past pdfmake's in-memory file system.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';
import { FONT } from './font-family';

const dir = join(
	dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')),
	'fonts',
	'ttf'
);
const file = (name: string) => join(dir, `Vazirmatn-${name}.ttf`);

export const fontDictionary: TFontDictionary = {
	[FONT]: {
		normal: file('Regular'),
		bold: file('Bold'),
		italics: file('Regular'),
		bolditalics: file('Bold')
	}
};

/** Every file the dictionary names: the only local files a document may read. */
export const fontFiles: ReadonlySet<string> = new Set(
	Object.values(fontDictionary).flatMap((faces) => Object.values(faces) as string[])
);
