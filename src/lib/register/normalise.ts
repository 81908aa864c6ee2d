// The search form of text, shared by the browser and the server. It mirrors the SQL functions
// of migrations/0020_register.sql (register_normalise, register_phone_key, register_email_key)
// character for character; normalise.db.test.ts proves the two agree on both engines.

// Invisible controls (soft hyphen, ZWSP, ZWNJ, ZWJ, LRM/RLM, bidi embeddings and isolates,
// word joiners, BOM), tatweel and the Arabic short vowels: none changes what a word is.
const REMOVED =
	// eslint-disable-next-line no-misleading-character-class -- single code points, on purpose
	/[\u00ad\u0640\u064b-\u065f\u0670\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const SPACES = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

const FOLD: Record<string, string> = {
	'\u064a': '\u06cc', // ي → ی
	'\u0649': '\u06cc', // ى → ی
	'\u0643': '\u06a9', // ك → ک
	'\u0629': '\u0647', // ة → ه
	'\u06c0': '\u0647', // ۀ → ه
	'\u0623': '\u0627', // أ → ا
	'\u0625': '\u0627', // إ → ا
	'\u0622': '\u0627', // آ → ا
	'\u0671': '\u0627', // ٱ → ا
	'\u0624': '\u0648' // ؤ → و
};
for (let d = 0; d < 10; d++) {
	FOLD[String.fromCharCode(0x06f0 + d)] = String(d); // Persian digits
	FOLD[String.fromCharCode(0x0660 + d)] = String(d); // Arabic-Indic digits
}
const FOLDED =
	/[A-Z\u064a\u0649\u0643\u0629\u06c0\u0623\u0625\u0622\u0671\u0624\u06f0-\u06f9\u0660-\u0669]/g;

/** Letter variants, digits and case folded, invisible characters removed, spaces collapsed. */
export function normalise(s: string): string {
	return s
		.replace(REMOVED, '')
		.replace(FOLDED, (c) => FOLD[c] ?? c.toLowerCase())
		.replace(SPACES, ' ')
		.replace(/^ +| +$/g, '');
}

export function phoneDigits(s: string): string {
	return normalise(s).replace(/[^0-9]/g, '');
}

/** The last ten digits: 0912…, +98 912… and 0098 912… are one number. */
export function phoneKey(s: string | null | undefined): string | null {
	if (s == null) return null;
	const digits = phoneDigits(s);
	return digits.length >= 7 ? digits.slice(-10) : null;
}

export function emailKey(s: string | null | undefined): string | null {
	if (s == null) return null;
	return normalise(s).replace(/ /g, '') || null;
}

/**
 * A search query as the words that must each occur. A query that looks like a phone number
 * ("0912 123 45 67", "+98-912…") is one word of its digits, matching the stored digit form.
 */
export function searchTerms(query: string): string[] {
	const q = normalise(query);
	if (!q) return [];
	if (/^[0-9+\-()./ ]+$/.test(q)) {
		const digits = q.replace(/[^0-9]/g, '');
		// A whole number is matched on its last ten digits, whatever its prefix (0, +98, 0098).
		if (digits.length >= 10) return [digits.slice(-10)];
		if (digits.length >= 4) return [digits];
	}
	return [...new Set(q.split(' '))];
}

/** Tier and tag labels: Arabic letter forms folded so that one label is one group. */
export function canonicalLabel(s: string): string {
	return s
		.replace(REMOVED, (c) => (c === '\u200c' ? c : ''))
		.replace(/[\u064a\u0649]/g, '\u06cc')
		.replace(/\u0643/g, '\u06a9')
		.replace(SPACES, ' ')
		.trim();
}
