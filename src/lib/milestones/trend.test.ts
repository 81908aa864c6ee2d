import { describe, expect, it } from 'vitest';
import { trendRows, trendScores } from './trend';

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
});
