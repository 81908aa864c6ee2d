// A name or title of one script set inside a sentence of the other. Shared by the PDF roadmap
// (whose right-to-left layer runs the bidi algorithm per line) and anything else that writes
// users' names into translated sentences.
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

const LRM = '\u200E';
const RLM = '\u200F';

/**
 * A name or title set inside a sentence of the other direction (a Latin organisation in a
 * Persian line, a Persian one in an English line), bracketed by marks of the sentence's own
 * direction. Without them the numbers beside the name join its run: a Persian footer read
 * «۱۶ · Readiness after the first 90 days آذر ۱۴۰۵», the day torn from its month. The marks are
 * zero-width and in the font (isolates, U+2066–2069, are not: they would print as boxes).
 * Text of the sentence's own direction, or with no strong character, comes back unchanged.
 */
export function embedRun(text: string, base: 'ltr' | 'rtl'): string {
	let foreign = false;
	for (const ch of text) {
		const type = bidi.getBidiCharTypeName(ch);
		if (base === 'rtl' ? type === 'L' : type === 'R' || type === 'AL') {
			foreign = true;
			break;
		}
	}
	if (!foreign) return text;
	const mark = base === 'rtl' ? RLM : LRM;
	return `${mark}${text}${mark}`;
}
