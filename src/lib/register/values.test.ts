import { describe, expect, it } from 'vitest';
import { parseAmount, parseBoolean, parseChannel, parseDay, parseKind, splitTags } from './values';

describe('register values', () => {
	it('reads amounts in Persian and Latin digits with separators', () => {
		expect(parseAmount('1,250,000')).toBe('1250000');
		expect(parseAmount('۱٬۲۵۰٬۰۰۰')).toBe('1250000');
		expect(parseAmount('12٫5')).toBe('12.5');
		expect(parseAmount('$ 300.25')).toBe('300.25');
		expect(parseAmount('007')).toBe('7');
		for (const bad of ['-5', '1.2.3', 'ten', '1e6', '12.345', '=1+1'])
			expect(parseAmount(bad), bad).toBeUndefined();
	});

	it('reads yes/no, kinds and channels in both languages', () => {
		expect(parseBoolean('بله')).toBe(true);
		expect(parseBoolean('No')).toBe(false);
		expect(parseBoolean('')).toBe(false);
		expect(parseBoolean('maybe')).toBeUndefined();
		// A sign or a decimal point is not a yes or a no (`-1` was read as yes).
		for (const bad of ['-1', '- 1', '+1', '1.0', '-0', '.1', '1_'])
			expect(parseBoolean(bad), bad).toBeUndefined();
		expect(parseBoolean(' YES ')).toBe(true);
		expect(parseKind('شرکت')).toBe('company');
		expect(parseKind('')).toBe('person');
		expect(parseKind('robot')).toBeUndefined();
		expect(parseChannel('In person')).toBe('in_person');
		expect(parseChannel('وب‌سايت')).toBe('website');
		expect(parseChannel('E-Mail')).toBe('email');
		expect(parseChannel('pigeon')).toBeUndefined();
	});

	it('reads Gregorian and Jalali days written year first', () => {
		expect(parseDay('2024-08-02')).toBe('2024-08-02');
		expect(parseDay('2024/8/2')).toBe('2024-08-02');
		expect(parseDay('۱۴۰۳/۰۵/۱۲')).toBe('2024-08-02');
		expect(parseDay('1403-12-30')).toBe('2025-03-20');
		for (const bad of ['2023-02-29', '1404/12/30', '02/08/2024', '1403/13/01', 'tomorrow'])
			expect(parseDay(bad), bad).toBeUndefined();
	});

	it('splits tags on Latin and Persian separators', () => {
		expect(splitTags('vip, wholesale;  ، عمده‌فروش|new')).toEqual([
			'vip',
			'wholesale',
			'عمده‌فروش',
			'new'
		]);
	});
});
