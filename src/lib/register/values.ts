// Reading the values people type into forms and spreadsheets: Persian and Arabic digits and
// separators, Persian words for yes/no and for the channels, Jalali or Gregorian dates.
import type { Channel, Kind } from './fields';
import { jalaliToGregorian, toJalali } from './jalali';
import { normalise } from './normalise';

// A word compared without case, spaces, hyphens, underscores or Persian letter variants.
function word(s: string): string {
	return normalise(s).replace(/[\s\-_.]/g, '');
}

function lookup<T extends string>(table: Record<T, string[]>): Map<string, T> {
	const map = new Map<string, T>();
	for (const [value, words] of Object.entries(table) as [T, string[]][])
		for (const w of [value, ...words]) map.set(word(w), value);
	return map;
}

const KIND_WORDS = lookup<Kind>({
	person: ['individual', 'people', 'private', 'شخص', 'حقیقی', 'فرد', 'شخص حقیقی'],
	company: [
		'organisation',
		'organization',
		'business',
		'org',
		'شرکت',
		'حقوقی',
		'سازمان',
		'شخص حقوقی'
	]
});

const CHANNEL_WORDS = lookup<Channel>({
	email: ['e-mail', 'mail', 'ایمیل', 'رایانامه', 'پست الکترونیک'],
	phone: ['telephone', 'tel', 'call', 'mobile', 'تلفن', 'موبایل', 'تماس', 'تلفنی', 'همراه'],
	fax: ['فکس', 'دورنگار', 'نمابر'],
	website: ['web', 'site', 'web site', 'وب‌سایت', 'وبسایت', 'سایت', 'وب'],
	app: ['application', 'mobile app', 'اپ', 'اپلیکیشن', 'برنامه', 'نرم‌افزار'],
	in_person: ['in person', 'face to face', 'visit', 'meeting', 'حضوری', 'ملاقات', 'جلسه']
});

const TRUE_WORDS = new Set(
	['yes', 'y', 'true', 't', '1', 'x', '✓', 'on', 'بله', 'بلی', 'آری', 'اری', 'دارد', 'درست'].map(
		word
	)
);
const FALSE_WORDS = new Set(
	['no', 'n', 'false', 'f', '0', 'off', 'خیر', 'نه', 'ندارد', 'نادرست'].map(word)
);

export function parseKind(s: string): Kind | undefined {
	return s.trim() === '' ? 'person' : KIND_WORDS.get(word(s));
}

export function parseChannel(s: string): Channel | undefined {
	return CHANNEL_WORDS.get(word(s));
}

export function parseBoolean(s: string): boolean | undefined {
	// Only spaces are ignored: `-1` is not `1` (word() drops dashes and dots, for `e-mail`).
	const w = normalise(s).replace(/\s/g, '');
	if (w === '') return false;
	if (TRUE_WORDS.has(w)) return true;
	if (FALSE_WORDS.has(w)) return false;
	return undefined;
}

/**
 * An amount: digits in any script, thousands separators (, ٬ spaces ’ '), a decimal point
 * (. or ٫) and an optional currency sign. Returns the exact decimal text, or undefined.
 */
export function parseAmount(s: string): string | undefined {
	const t = normalise(s.replace(/\u066b/g, '.'))
		.replace(/[,\u066c\u2019' ]/g, '')
		.replace(/^[$€£\ufdfc]|[$€£\ufdfc]$/g, '');
	if (!/^\d{1,16}(\.\d{1,2})?$/.test(t)) return undefined;
	return t.replace(/^0+(?=\d)/, '');
}

function iso(y: number, m: number, d: number): string {
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A calendar day written year first (2024-08-02, 2024/8/2, ۱۴۰۳/۰۵/۱۲): years 1300–1499 are
 * Jalali, 1900–2199 Gregorian. Returns 'YYYY-MM-DD' (Gregorian) or undefined.
 */
export function parseDay(s: string): string | undefined {
	const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(normalise(s));
	if (!m) return undefined;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (y >= 1300 && y < 1500) {
		if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
		const [gy, gm, gd] = jalaliToGregorian(y, mo, d);
		const back = toJalali(new Date(Date.UTC(gy, gm - 1, gd)));
		return back[0] === y && back[1] === mo && back[2] === d ? iso(gy, gm, gd) : undefined;
	}
	if (y < 1900 || y >= 2200) return undefined;
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? iso(y, mo, d) : undefined;
}

/** Segment tags from one cell or field: separated by commas, semicolons or bars. */
export function splitTags(s: string): string[] {
	return s
		.split(/[,;|\u060c\u061b\n]/)
		.map((t) => t.trim())
		.filter(Boolean);
}
