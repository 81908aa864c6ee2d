import { describe, expect, it } from 'vitest';
import { statementStats } from './stats';
import { DONT_KNOW_SLOT, SLOTS } from './tally';

function countsOf(levels: number[], dontKnow = 0): Int32Array {
	const counts = new Int32Array(SLOTS);
	for (const level of levels) counts[level] = (counts[level] ?? 0) + 1;
	counts[DONT_KNOW_SLOT] = dontKnow;
	return counts;
}

describe('statementStats', () => {
	it('computes n, mean, median, population sd, distribution and confidence', () => {
		// levels 0, 2, 2, 3, 4 and one "don't know": mean 11/5; squared deviations sum to 8.8
		const stats = statementStats(countsOf([0, 2, 2, 4, 3], 1), 0);
		expect(stats.known).toBe(5);
		expect(stats.dontKnow).toBe(1);
		expect(stats.distribution).toEqual([1, 0, 2, 1, 1]);
		expect(stats.mean).toBeCloseTo(2.2, 12);
		expect(stats.median).toBe(2);
		expect(stats.sd).toBeCloseTo(Math.sqrt(8.8 / 5), 12);
		expect(stats.score).toBeCloseTo(55, 12);
		expect(stats.confidence).toBeCloseTo(5 / 6, 12);
	});

	it('takes the mean of the two middle answers as the median of an even count', () => {
		// 1, 3, 4, 4: mean 3, squared deviations 4 + 0 + 1 + 1
		const stats = statementStats(countsOf([4, 1, 4, 3]), 0);
		expect(stats.median).toBe(3.5);
		expect(stats.mean).toBe(3);
		expect(stats.sd).toBeCloseTo(Math.sqrt(6 / 4), 12);
	});

	it('has no statistics but zero confidence when everyone said "don\'t know"', () => {
		const stats = statementStats(countsOf([], 3), 0);
		expect(stats).toMatchObject({
			known: 0,
			dontKnow: 3,
			confidence: 0,
			mean: null,
			median: null,
			sd: null,
			score: null
		});
	});

	it('has no confidence at all when nobody answered', () => {
		expect(statementStats(countsOf([]), 0).confidence).toBeNull();
	});

	it('gives one answer zero spread', () => {
		expect(statementStats(countsOf([3]), 0)).toMatchObject({
			mean: 3,
			median: 3,
			sd: 0,
			score: 75
		});
	});
});
