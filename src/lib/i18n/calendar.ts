// The Persian (Jalali) calendar for date fields: what a Persian reader types and picks, turned
// into the ISO day (2027-03-21) the server stores. The day arithmetic is $lib/register/jalali's
// (checked day by day against Intl); this adds months, weeks and the typed form ۱۴۰۶/۰۱/۰۱.
import { jalaliToGregorian, toJalali } from '$lib/register/jalali';
import { parseDay } from '$lib/register/values';
import { persianDigits } from './locale';

export type Ymd = [year: number, month: number, day: number];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function isIsoDay(s: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(s) && utc(s).toISOString().startsWith(s);
}

/** The Jalali year, month and day of an ISO day. */
export function jalaliOf(iso: string): Ymd {
	return toJalali(utc(iso));
}

/** The ISO day of a Jalali date (which must exist). */
export function isoOfJalali(year: number, month: number, day: number): string {
	const [y, m, d] = jalaliToGregorian(year, month, day);
	return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** 31 days in the first six months, 30 in the next five, Esfand 29 or (leap year) 30. */
export function monthLength(year: number, month: number): number {
	if (month <= 6) return 31;
	if (month <= 11) return 30;
	return jalaliOf(isoOfJalali(year, 12, 30))[2] === 30 ? 30 : 29;
}

export function addDays(iso: string, days: number): string {
	return new Date(utc(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The same day `months` Jalali months later, kept inside a shorter month (31 → 30). */
export function addMonths(iso: string, months: number): string {
	const [y, m, d] = jalaliOf(iso);
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	return isoOfJalali(year, month, Math.min(d, monthLength(year, month)));
}

/** 0 for Saturday, the first day of the Persian week, to 6 for Friday. */
export function weekdayFromSaturday(iso: string): number {
	return (utc(iso).getUTCDay() + 1) % 7;
}

/** An ISO day as a Persian reader types it: ۱۴۰۶/۰۱/۰۱. */
export function jalaliInput(iso: string): string {
	const [y, m, d] = jalaliOf(iso);
	return persianDigits(`${y}/${pad(m)}/${pad(d)}`);
}

/**
 * A typed day to its ISO form: Jalali (۱۴۰۶/۰۱/۰۱, 1406/1/1, 1406-01-01) or Gregorian
 * (2027-03-21), in Persian, Arabic or Latin digits; undefined for anything else.
 */
export function parseTypedDay(text: string): string | undefined {
	return parseDay(text.trim());
}
