// What every section builder needs: the data, the language's messages, number and date
// formatting in the language's digits and calendar, and the reading direction.
import { serverT } from '$lib/i18n/server';
import { dir, formatDate, formatNumber, formatPercent, type Locale } from '$lib/i18n/locale';
import { edges, type Edge } from '../content';
import type { RoadmapData } from '../data';

export type Ctx = {
	data: RoadmapData;
	locale: Locale;
	rtl: boolean;
	start: Edge;
	end: Edge;
	t: ReturnType<typeof serverT>;
	/** A whole number (scores, counts) in the language's digits. */
	num: (n: number) => string;
	/** A mean level 0–4 with one decimal. */
	mean: (n: number | null) => string;
	pct: (fraction: number) => string;
	/** 'YYYY-MM-DD' → a short date (Persian calendar in Persian). */
	date: (iso: string) => string;
	longDate: (iso: string) => string;
};

// Formatting builds an Intl formatter per call; a report formats the same few values many times.
function memo<K, V>(f: (key: K) => V): (key: K) => V {
	const seen = new Map<K, V>();
	return (key) => {
		if (!seen.has(key)) seen.set(key, f(key));
		return seen.get(key) as V;
	};
}

export function context(data: RoadmapData): Ctx {
	const locale = data.locale;
	return {
		data,
		locale,
		rtl: dir(locale) === 'rtl',
		...edges(locale),
		t: serverT(locale),
		num: memo((n) => formatNumber(locale, Math.round(n))),
		mean: (n) =>
			n === null
				? '–'
				: formatNumber(locale, n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
		pct: (fraction) => formatPercent(locale, fraction),
		date: memo((iso) => formatDate(locale, iso, 'short')),
		longDate: memo((iso) => formatDate(locale, iso, 'long'))
	};
}
