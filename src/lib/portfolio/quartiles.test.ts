import { describe, expect, it } from 'vitest';
import { quantile, quartiles } from './quartiles';

describe('quartiles (linear interpolation, type 7)', () => {
	it('interpolates between neighbours: 10, 20, 30, 40', () => {
		// h = 3p: Q1 at h = 0.75 → 10 + 0.75·10; median at 1.5 → 25; Q3 at 2.25 → 30 + 0.25·10.
		expect(quartiles([40, 10, 30, 20])).toEqual({ n: 4, q1: 17.5, median: 25, q3: 32.5 });
	});

	it('gives the midpoints for three values', () => {
		expect(quartiles([60, 20, 50])).toEqual({ n: 3, q1: 35, median: 50, q3: 55 });
	});

	it('gives the value itself for one value and nothing for none', () => {
		expect(quartiles([42])).toMatchObject({ q1: 42, median: 42, q3: 42 });
		expect(quartiles([])).toBeNull();
	});

	it('agrees with the spreadsheet at the ends and in between', () => {
		const xs = [1, 2, 4, 8, 16];
		expect(quantile(xs, 0)).toBe(1);
		expect(quantile(xs, 1)).toBe(16);
		// h = 4 · 0.9 = 3.6 → 8 + 0.6 · 8
		expect(quantile(xs, 0.9)).toBeCloseTo(12.8, 10);
	});
});
