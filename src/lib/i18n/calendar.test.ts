import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	isoOfJalali,
	jalaliInput,
	jalaliOf,
	monthLength,
	parseTypedDay,
	weekdayFromSaturday
} from './calendar';

// The reference: the browser's and Node's own Persian calendar.
const intl = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	timeZone: 'UTC'
});
const intlFa = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	timeZone: 'UTC'
});
const reference = (iso: string) => {
	const parts = intl.formatToParts(new Date(`${iso}T00:00:00Z`));
	const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
	return [get('year'), get('month'), get('day')];
};

describe('the Persian calendar of the date fields', () => {
	it('agrees with Intl (fa-IR-u-ca-persian) on every month from 1300 to 1500', () => {
		const wrong: string[] = [];
		for (let y = 1300; y < 1500; y++)
			for (let m = 1; m <= 12; m++) {
				const n = monthLength(y, m);
				const first = isoOfJalali(y, m, 1);
				const last = isoOfJalali(y, m, n);
				if (`${reference(first)}` !== `${[y, m, 1]}`) wrong.push(`${y}/${m}/1`);
				if (`${reference(last)}` !== `${[y, m, n]}`) wrong.push(`${y}/${m}/${n}`);
				// The day after the month's last is the next month's first.
				if (reference(addDays(last, 1))[2] !== 1) wrong.push(`${y}/${m} has more than ${n} days`);
			}
		expect(wrong.slice(0, 5)).toEqual([]);
	});

	it('writes a day as a Persian reader types it, as Intl writes it', () => {
		for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2035, 0, 1); t += 13 * 86_400_000) {
			const iso = new Date(t).toISOString().slice(0, 10);
			expect(jalaliInput(iso)).toBe(intlFa.format(new Date(t)));
			expect(parseTypedDay(jalaliInput(iso))).toBe(iso);
			expect(jalaliOf(iso)).toEqual(reference(iso));
		}
	});

	it('reads a typed day in Persian or Latin digits, Jalali or Gregorian', () => {
		for (const typed of [
			'۱۴۰۶/۰۱/۰۱',
			'1406/1/1',
			'1406-01-01',
			' ۱۴۰۶/۱/۱ ',
			'٢٠٢٧-٠٣-٢١',
			'2027-03-21'
		])
			expect(parseTypedDay(typed), typed).toBe('2027-03-21');
		for (const typed of ['1406/12/30', '1405/13/01', '1405/07/31', '21/03/2027', 'فردا', ''])
			expect(parseTypedDay(typed), typed).toBeUndefined();
		expect(parseTypedDay('1403/12/30')).toBe('2025-03-20');
	});

	it('moves by months inside the shorter month and knows the week starts on Saturday', () => {
		expect(jalaliOf(addMonths(isoOfJalali(1405, 6, 31), 1))).toEqual([1405, 7, 30]);
		expect(jalaliOf(addMonths(isoOfJalali(1405, 12, 29), 1))).toEqual([1406, 1, 29]);
		expect(jalaliOf(addMonths(isoOfJalali(1406, 1, 1), -1))).toEqual([1405, 12, 1]);
		expect(jalaliOf(addMonths(isoOfJalali(1406, 1, 1), 12))).toEqual([1407, 1, 1]);
		expect(weekdayFromSaturday('2027-03-20')).toBe(0);
		expect(weekdayFromSaturday('2027-03-26')).toBe(6);
	});
});
