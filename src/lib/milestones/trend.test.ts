import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScore } from '$lib/charts/format';
import { shownChange, trendRows, trendScores } from './trend';

describe('trend', () => {
	it('keys the index, lenses and items apart', () => {
		expect(trendScores(48.5, { lenses: { plan: 40 }, items: { plan: 30, vision: null } })).toEqual({
			index: 48.5,
			'lens:plan': 40,
			'item:plan': 30,
			'item:vision': null
		});
	});

	it('lists each score across milestones with the change from first known to last known', () => {
		const points: { scores: Record<string, number | null> }[] = [
			{ scores: { index: 40, 'lens:a': null } },
			{ scores: { index: 52.5, 'lens:a': 30 } },
			{ scores: { index: 47.5, 'lens:a': 55 } },
			{ scores: { index: 60 } }
		];
		expect(trendRows(points, ['index', 'lens:a', 'item:x'])).toEqual([
			{ key: 'index', values: [40, 52.5, 47.5, 60], change: 20 },
			{ key: 'lens:a', values: [null, 30, 55, null], change: 25 },
			{ key: 'item:x', values: [null, null, null, null], change: null }
		]);
	});

	it('has no change with a single milestone', () => {
		expect(trendRows([{ scores: { index: 70 } }], ['index'])).toEqual([
			{ key: 'index', values: [70], change: null }
		]);
	});

	it('computes the change from the figures shown, not from the unrounded scores', () => {
		// Two of the 27 rows once read 35 → 46 as +12 and 52 → 61 as +8.
		expect(shownChange(34.6, 46.4)).toBe(11);
		expect(shownChange(52.4, 60.5)).toBe(9);
		expect(shownChange(50.5, 50.5)).toBe(0);
		expect(shownChange(0.4, 0)).toBe(0);
		expect(
			trendRows([{ scores: { index: 34.6 } }, { scores: { index: 46.4 } }], ['index'])
		).toEqual([{ key: 'index', values: [34.6, 46.4], change: 11 }]);
	});

	it('always equals the difference of the two figures printed, in both languages', () => {
		const score = fc.double({ min: 0, max: 100, noNaN: true });
		const digits = (s: string) =>
			Number(s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))));
		fc.assert(
			fc.property(score, score, (a, b) => {
				for (const locale of ['en', 'fa'] as const)
					expect(shownChange(a, b)).toBe(
						digits(formatScore(locale, b)) - digits(formatScore(locale, a))
					);
			})
		);
	});
});
