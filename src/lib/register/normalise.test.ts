import { describe, expect, it } from 'vitest';
import { canonicalLabel, emailKey, normalise, phoneKey, searchTerms } from './normalise';

describe('normalise', () => {
	it('folds Arabic letter variants into Persian', () => {
		expect(normalise('علي')).toBe('علی');
		expect(normalise('كريم')).toBe('کریم');
		expect(normalise('فاطمة')).toBe('فاطمه');
		expect(normalise('خانهٔ')).toBe('خانه');
		expect(normalise('آرش')).toBe(normalise('ارش'));
	});

	it('drops the zero-width non-joiner and other invisible marks', () => {
		expect(normalise('می‌خواهم')).toBe('میخواهم');
		expect(normalise('\u202eabc\u200f')).toBe('abc');
		expect(normalise('كتابـــخانه')).toBe('کتابخانه');
	});

	it('reads Persian and Arabic-Indic digits as Latin', () => {
		expect(normalise('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
		expect(normalise('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
	});

	it('lowers A–Z and collapses spaces', () => {
		expect(normalise('  Tehran\u00a0 Branch\t')).toBe('tehran branch');
	});
});

describe('duplicate keys', () => {
	it('takes the last ten digits of a phone in any script', () => {
		const key = '9121234567';
		for (const p of ['0912 123 4567', '+98 912 123 4567', '0098-912-123-4567', '۰۹۱۲۱۲۳۴۵۶۷'])
			expect(phoneKey(p), p).toBe(key);
		expect(phoneKey('12345')).toBeNull();
		expect(phoneKey(null)).toBeNull();
	});

	it('compares emails without case or spaces', () => {
		expect(emailKey(' Sara@Example.COM ')).toBe('sara@example.com');
		expect(emailKey('   ')).toBeNull();
	});
});

describe('searchTerms', () => {
	it('splits a query into distinct normalised words', () => {
		expect(searchTerms('  علي   Tehran علی ')).toEqual(['علی', 'tehran']);
		expect(searchTerms('')).toEqual([]);
	});

	it('reads a phone-like query as one run of digits', () => {
		expect(searchTerms('۰۹۱۲ ۱۲۳ ۴۵')).toEqual(['091212345']);
		expect(searchTerms('+98 (912)')).toEqual(['98912']);
		expect(searchTerms('+98 912 123 4567')).toEqual(['9121234567']);
		expect(searchTerms('2024 sales')).toEqual(['2024', 'sales']);
	});
});

it('canonicalLabel keeps the ZWNJ but folds Arabic letters', () => {
	expect(canonicalLabel(' مشتري  ويژه ')).toBe('مشتری ویژه');
	expect(canonicalLabel('خرده‌فروشي')).toBe('خرده‌فروشی');
});
