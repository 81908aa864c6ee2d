// Locale facts shared by server and browser: direction, digits, the Persian calendar.
export const LOCALES = ['en', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
	return value === 'en' || value === 'fa';
}

export function dir(locale: Locale): 'ltr' | 'rtl' {
	return locale === 'fa' ? 'rtl' : 'ltr';
}

// fa-IR defaults to the Persian (Jalali) calendar and Persian digits.
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fa: 'fa-IR' };

export function intlLocale(locale: Locale): string {
	return INTL_LOCALE[locale];
}

// Building an Intl formatter costs far more than using one: keep them, keyed by their options
// (a page formats hundreds of numbers with a handful of different options).
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: Locale, n: number, options?: Intl.NumberFormatOptions) {
	const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
	let format = numberFormats.get(key);
	if (!format) {
		if (numberFormats.size > 200) numberFormats.clear();
		format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
		numberFormats.set(key, format);
	}
	return format.format(n);
}

export function formatPercent(locale: Locale, fraction: number, digits = 0) {
	return formatNumber(locale, fraction, { style: 'percent', maximumFractionDigits: digits });
}

type DateInput = Date | string | number;
function toDate(d: DateInput): Date {
	// A plain 'YYYY-MM-DD' is a calendar day: read it at noon UTC so no time zone moves it.
	if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) return new Date(`${d}T12:00:00Z`);
	return new Date(d);
}

// The same for dates: a Persian date formatter costs ~120 µs to build and ~4 µs to use, and a
// plan page or a roadmap formats a date for every action.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A kept date formatter for `key`, built by `make` the first time. */
function dateFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
	let format = dateFormats.get(key);
	if (!format) {
		if (dateFormats.size > 200) dateFormats.clear();
		format = make();
		dateFormats.set(key, format);
	}
	return format;
}

export function formatDate(locale: Locale, d: DateInput, style: 'short' | 'long' = 'long') {
	const format = dateFormat(`${locale}|${style}`, () => {
		const opts: Intl.DateTimeFormatOptions =
			style === 'long'
				? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
				: { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' };
		return new Intl.DateTimeFormat(INTL_LOCALE[locale], opts);
	});
	return format.format(toDate(d));
}

export function formatDateTime(locale: Locale, d: DateInput, timeZone?: string) {
	// Without a time zone: the runtime's own (the browser's), read when the formatter is built.
	const format = dateFormat(
		`${locale}|datetime|${timeZone ?? ''}`,
		() =>
			new Intl.DateTimeFormat(INTL_LOCALE[locale], {
				dateStyle: 'medium',
				timeStyle: 'short',
				timeZone
			})
	);
	return format.format(toDate(d));
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
/** Latin digits → Persian digits (for text we compose ourselves). */
export function persianDigits(s: string): string {
	return s.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);
}

export function localizeDigits(locale: Locale, s: string | number): string {
	return locale === 'fa' ? persianDigits(String(s)) : String(s);
}

/**
 * Left-to-right text (an e-mail address, a link) inside a sentence of either direction, kept in
 * one piece: without the isolate, a Persian sentence reorders the address's parts around it.
 */
export function isolateLtr(s: string): string {
	return `\u2066${s}\u2069`;
}
