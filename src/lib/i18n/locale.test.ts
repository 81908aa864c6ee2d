// The shared date and number formatting: formatters are kept between calls, and a kept one
// answers exactly as a freshly built one, for each language, style and time zone.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './locale';

const DAYS = ['2026-03-20', '2026-12-08', '2027-03-21', '1999-12-31', '2026-03-21T23:30:00Z'];

describe('formatting dates and numbers', () => {
	it('writes a day in the reader’s calendar and digits, each style its own', () => {
		// 8 December 2026 is 17 Azar 1405.
		expect(formatDate('en', '2026-12-08')).toBe('8 December 2026');
		expect(formatDate('fa', '2026-12-08')).toBe('۱۷ آذر ۱۴۰۵');
		expect(formatDate('en', '2026-12-08', 'short')).toBe('08/12/2026');
		expect(formatDate('fa', '2026-12-08', 'short')).toBe('۱۴۰۵/۰۹/۱۷');
		// Asked again in the other style, each keeps its own.
		expect(formatDate('fa', '2026-12-08')).toBe('۱۷ آذر ۱۴۰۵');
	});

	it('answers, call after call, as a formatter built afresh would', () => {
		for (const locale of ['en', 'fa'] as const) {
			const intl = locale === 'fa' ? 'fa-IR' : 'en-GB';
			for (const day of DAYS) {
				const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T12:00:00Z`) : new Date(day);
				for (const style of ['long', 'short'] as const) {
					const fresh = new Intl.DateTimeFormat(intl, {
						year: 'numeric',
						month: style === 'long' ? 'long' : '2-digit',
						day: style === 'long' ? 'numeric' : '2-digit',
						timeZone: 'UTC'
					}).format(date);
					expect(formatDate(locale, day, style)).toBe(fresh);
					expect(formatDate(locale, day, style)).toBe(fresh);
				}
				for (const timeZone of ['UTC', 'Asia/Tehran', undefined]) {
					const fresh = new Intl.DateTimeFormat(intl, {
						dateStyle: 'medium',
						timeStyle: 'short',
						timeZone
					}).format(date);
					expect(formatDateTime(locale, date, timeZone)).toBe(fresh);
				}
			}
		}
		expect(formatNumber('fa', 1234.5, { maximumFractionDigits: 1 })).toBe('۱٬۲۳۴٫۵');
	});
});
