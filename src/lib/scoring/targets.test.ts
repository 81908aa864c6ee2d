import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assess';
import { majorityLevel } from './consensus';
import { item, lens, model, respondent } from './test-fixtures';

// plan: a (weight 2, content target 4) and b (weight 1, no content target: 3); risks: c.
const withTarget = { ...item('a', ['s1', 's2'], { weight: 2 }), target: 4 };
const scoring = model([
	lens('plan', [withTarget, item('b', ['s1', 's2'])]),
	lens('risks', [item('c', ['s1', 's2'])])
]);
const people = [
	respondent('x', { 'a/s1': 2, 'a/s2': 3, 'b/s1': 4, 'b/s2': 4, 'c/s1': 1, 'c/s2': 1 })
];
const items = (r: ReturnType<typeof scoreAssessment>) => r.lenses.flatMap((l) => l.items);

describe('targets', () => {
	it("take the content's default, else level 3, unless the assessment sets its own", () => {
		expect(items(scoreAssessment(scoring, people)).map((i) => i.target)).toEqual([4, 3, 3]);
		const set = scoreAssessment(scoring, people, { targets: { a: 2, c: 0 } });
		expect(items(set).map((i) => i.target)).toEqual([2, 3, 0]);
	});

	it('refuse a level that does not exist', () => {
		expect(() => scoreAssessment(scoring, people, { targets: { a: 7 } })).toThrow(/target level/);
		expect(() => scoreAssessment(scoring, people, { targets: { a: 2.5 } })).toThrow(/target level/);
	});

	it('give gaps per item (levels), lens and index (points), weighted like the scores', () => {
		const r = scoreAssessment(scoring, people);
		// a: level 2.5, target 4 → gap 1.5; b: level 4 ≥ 3 → 0 (no credit for overshooting);
		// c: level 1, target 3 → gap 2.
		expect(items(r).map((i) => i.gap)).toEqual([1.5, 0, 2]);
		// plan: (1.5×25×2 + 0) / 3 = 25; risks: 50; index: (25 + 50) / 2 = 37.5.
		expect(r.lenses.map((l) => l.gap)).toEqual([25, 50]);
		expect(r.gap).toBe(37.5);
		// shares: a 1/3, b 1/6, c 1/2 → weighted gaps 12.5, 0, 25: they sum to the index gap.
		expect(items(r).map((i) => i.weightedGap)).toEqual([12.5, 0, 25]);
		// targets: plan (100×2 + 75) / 3 = 91.67, risks 75, index 83.33.
		expect(r.lenses[0]?.target).toBeCloseTo(275 / 3, 10);
		expect(r.target).toBeCloseTo((275 / 3 + 75) / 2, 10);
		expect(r.shortfalls).toEqual([
			{ lens: 'risks', item: 'c', level: 1, target: 3, gap: 2, weightedGap: 25 },
			{ lens: 'plan', item: 'a', level: 2.5, target: 4, gap: 1.5, weightedGap: 12.5 }
		]);
	});

	it('leave an unknown item out of the gap, as out of the score', () => {
		const r = scoreAssessment(scoring, [respondent('x', { 'a/s1': 'not-applicable', 'b/s1': 1 })]);
		expect(items(r).map((i) => i.gap)).toEqual([null, 2, null]);
		expect(r.gap).toBe(50);
		expect(r.lenses[1]?.gap).toBeNull();
	});
});

describe('majorityLevel: the median at one key press', () => {
	it.each([
		[[0, 0, 1, 1, 1], 3],
		[[0, 1, 1, 1, 1], 2],
		[[0, 0, 0, 0, 0], null],
		[[5, 0, 0, 0, 0], 0],
		[[0, 0, 0, 0, 2], 4],
		[[1, 0, 0, 0, 1], 0]
	])('%j → %s', (distribution, level) => {
		expect(majorityLevel(distribution)).toBe(level);
	});
});
