import { describe, expect, it } from 'vitest';
import { attachment, jalaliStamp, localFileName } from './download';

describe('download names', () => {
	it('writes the day in the Persian calendar, Persian digits, sortable', () => {
		expect(jalaliStamp('2026-12-07')).toBe('۱۴۰۵-۰۹-۱۶');
		expect(jalaliStamp('2027-03-21')).toBe('۱۴۰۶-۰۱-۰۱');
		expect(jalaliStamp('2025-03-20')).toBe('۱۴۰۳-۱۲-۳۰');
	});

	it('names Persian downloads in Persian, English ones in English', () => {
		expect(localFileName('fa', 'customers', '2026-12-07', 'csv')).toBe('مشتریان ۱۴۰۵-۰۹-۱۶.csv');
		expect(localFileName('en', 'customers', '2026-12-07', 'csv')).toBe('customers-2026-12-07.csv');
		expect(localFileName('fa', 'problems', '2026-12-07', 'csv', 'list/../x')).toBe(
			'list .. x - ایرادها.csv'
		);
	});

	it('keeps an ASCII fallback and the full name in filename*', () => {
		const header = attachment('customers-2026-12-07.csv', 'مشتریان ۱۴۰۵-۰۹-۱۶.csv');
		expect(header).toMatch(/^attachment; filename="customers-2026-12-07\.csv"; filename\*=UTF-8''/);
		expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe('مشتریان ۱۴۰۵-۰۹-۱۶.csv');
		expect(attachment('a "b"\r\n.csv', 'x')).toMatch(/^attachment; filename="a-b-\.csv"; /);
	});
});
