import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assess';
import { statementKey } from './layout';
import { item, lens, model, respondent, statement } from './test-fixtures';
import type { Answer } from './types';

// plan: item a (weight 2; statements s1 weight 1, s2 weight 3) and item b (weight 1);
// blocks: item c (critical) and item d (weight 3). Lens weights 1 and 3.
const plan = lens('plan', [
	item('a', [statement('s1', 1), statement('s2', 3)], { weight: 2 }),
	item('b', ['s1', 's2'])
]);
const blocks = lens('blocks', [
	item('c', ['s1', 's2'], { critical: true }),
	item('d', ['s1', 's2'], { weight: 3 })
]);
const scoring = model([plan, blocks], [1, 3]);
const score = (...answers: Record<string, Answer>[]) =>
	scoreAssessment(
		scoring,
		answers.map((a, i) => respondent(`r${i}`, a))
	);
const find = (result: ReturnType<typeof score>, lensId: string, itemId: string) =>
	result.lenses.find((l) => l.id === lensId)?.items.find((i) => i.id === itemId);

describe('scoreAssessment: weights', () => {
	const result = score({ 'a/s1': 4, 'a/s2': 0, 'b/s1': 2, 'b/s2': 4, 'c/s1': 4, 'c/s2': 4 });

	it('keys answers by item and statement id', () => {
		expect(statementKey('a', 's1')).toBe('a/s1');
	});

	it('weights statements within an item: (4×1 + 0×3) / 4 = level 1, score 25', () => {
		expect(find(result, 'plan', 'a')).toMatchObject({ level: 1, score: 25 });
		expect(find(result, 'plan', 'b')).toMatchObject({ level: 3, score: 75 });
	});

	it('weights items within a lens: (25×2 + 75×1) / 3', () => {
		expect(result.lenses[0]?.score).toBeCloseTo(125 / 3, 10);
		expect(result.lenses[1]?.score).toBe(100);
	});

	it('weights lenses into the index: (41.67×1 + 100×3) / 4', () => {
		expect(result.index).toBeCloseTo((125 / 3 + 300) / 4, 10);
		expect(result.band).toEqual({ id: 'leading', reached: 'leading', capped: false });
	});

	it("reports each item's and lens's nominal share of the index", () => {
		expect(result.lenses.map((l) => l.share)).toEqual([0.25, 0.75]);
		expect(find(result, 'plan', 'a')?.share).toBeCloseTo((0.25 * 2) / 3, 12);
		expect(find(result, 'blocks', 'c')?.share).toBe(0.75 / 4);
	});

	it('gives the recommended-action tier and the gap to level 3', () => {
		expect(find(result, 'plan', 'a')).toMatchObject({ tier: 'low', gap: 2 });
		expect(find(result, 'plan', 'b')).toMatchObject({ tier: 'high', gap: 0 });
		const mid = score({ 'b/s1': 2, 'b/s2': 3 });
		expect(find(mid, 'plan', 'b')).toMatchObject({ level: 2.5, tier: 'mid', gap: 0.5 });
	});
});

describe("scoreAssessment: don't know", () => {
	it('leaves "don\'t know" out of the mean and renormalises the weights over what is known', () => {
		const result = score({ 'a/s1': 4, 'a/s2': 'dont-know', 'b/s1': 2, 'b/s2': 2 });
		expect(find(result, 'plan', 'a')).toMatchObject({
			score: 100,
			known: 1,
			dontKnow: 1,
			confidence: 0.5
		});
		expect(result.lenses[0]).toMatchObject({ known: 3, dontKnow: 1, confidence: 0.75 });
		expect(result.lenses[0]?.score).toBeCloseTo((100 * 2 + 50) / 3, 10);
	});

	it('gives an item with no known answer a null score and leaves it out of its lens', () => {
		const result = score({ 'a/s1': 'dont-know', 'a/s2': 'dont-know', 'b/s1': 1, 'b/s2': 1 });
		expect(find(result, 'plan', 'a')).toMatchObject({
			score: null,
			level: null,
			tier: null,
			gap: null,
			confidence: 0
		});
		expect(result.lenses[0]?.score).toBe(25);
	});

	it('leaves an unknown lens out of the index, and has no index when nothing is known', () => {
		expect(score({ 'b/s1': 2, 'b/s2': 2 }).index).toBe(50);
		const nothing = score({ 'a/s1': 'dont-know' });
		expect(nothing).toMatchObject({
			index: null,
			band: null,
			known: 0,
			dontKnow: 1,
			confidence: 0
		});
		expect(scoreAssessment(scoring, [])).toMatchObject({
			respondents: 0,
			index: null,
			confidence: null
		});
	});

	it('counts confidence over every answer of the assessment', () => {
		const result = score({ 'a/s1': 1, 'a/s2': 'dont-know' }, { 'a/s1': 'dont-know', 'c/s1': 3 });
		expect(result).toMatchObject({ known: 2, dontKnow: 2, confidence: 0.5 });
	});
});

describe('scoreAssessment: bands and gating', () => {
	it('puts an index exactly on a cut point into the higher band', () => {
		// mean level 7/5 = 1.4 → 35 (up to floating point)
		const levels: Answer[] = [1, 1, 1, 2, 2];
		const result = score(...levels.map((l) => ({ 'b/s1': l, 'b/s2': l })));
		expect(result.index).toBeCloseTo(35, 10);
		expect(result.band?.id).toBe('emerging');
		expect(score({ 'b/s1': 1, 'b/s2': 1 }).band?.id).toBe('not-ready');
	});

	it('makes a critical item below level 2 a blocker that caps the band at "emerging"', () => {
		const result = score({
			...{ 'a/s1': 4, 'a/s2': 4, 'b/s1': 4, 'b/s2': 4 },
			...{ 'c/s1': 1, 'c/s2': 2, 'd/s1': 4, 'd/s2': 4 }
		});
		expect(find(result, 'blocks', 'c')).toMatchObject({ level: 1.5, blocker: true });
		expect(result.blockers).toEqual([{ lens: 'blocks', item: 'c', level: 1.5 }]);
		// blocks: (37.5×1 + 100×3) / 4 = 84.375; index: (100×1 + 84.375×3) / 4 = 88.28
		expect(result.index).toBeCloseTo((100 + 84.375 * 3) / 4, 10);
		expect(result.band).toEqual({ id: 'emerging', reached: 'leading', capped: true });
	});

	it('does not raise a band that is already below the cap', () => {
		const result = score({ 'a/s1': 0, 'a/s2': 0, 'b/s1': 0, 'b/s2': 0, 'c/s1': 1, 'c/s2': 1 });
		expect(result.blockers).toHaveLength(1);
		expect(result.band).toEqual({ id: 'not-ready', reached: 'not-ready', capped: false });
	});

	it('does not block at exactly level 2, nor for a non-critical item, nor when nobody knew', () => {
		expect(score({ 'c/s1': 2, 'c/s2': 2 }).blockers).toEqual([]);
		expect(score({ 'a/s1': 0, 'a/s2': 0 }).blockers).toEqual([]);
		expect(score({ 'c/s1': 'dont-know', 'c/s2': 'dont-know' }).blockers).toEqual([]);
	});
});

describe('scoreAssessment: risk lenses', () => {
	const risks = lens(
		'risks',
		[
			item('goals', ['s1', 's2'], {
				risk: { rules: [{ level: 'high', when: { statement: 's1', lt: 2 } }], default: 'low' }
			})
		],
		'risk'
	);
	const withRisk = model([plan, risks]);

	it('reports exposure = 100 − score and the risk level, and enters the index as preparedness', () => {
		const result = scoreAssessment(withRisk, [
			respondent('r', { 'goals/s1': 1, 'goals/s2': 4, 'b/s1': 2, 'b/s2': 2 })
		]);
		const goals = find(result, 'risks', 'goals');
		expect(goals?.score).toBe(62.5);
		expect(goals?.risk).toEqual({ level: 'high', rule: 0, exposure: 37.5 });
		expect(result.risks).toEqual([
			{ lens: 'risks', item: 'goals', level: 'high', rule: 0, exposure: 37.5 }
		]);
		expect(result.index).toBeCloseTo((50 + 62.5) / 2, 10);
	});

	it('has no risk for items without rules', () => {
		expect(find(score({ 'a/s1': 1 }), 'plan', 'a')?.risk).toBeNull();
	});
});

it('rejects a role that is not a layer and an answer that is not a level', () => {
	const bad = { ...respondent('r', {}), role: 'ceo' } as unknown as Parameters<
		typeof scoreAssessment
	>[1][number];
	expect(() => scoreAssessment(scoring, [bad])).toThrow(/role layer/);
	expect(() => score({ 'a/s1': 5 as Answer })).toThrow(/Not an answer/);
});

it('ignores answers to statements the model does not have', () => {
	expect(score({ 'zz/s1': 0, 'b/s1': 4, 'b/s2': 4 }).index).toBe(100);
});

it('refuses a model that names a lens it was not given', () => {
	expect(() => scoreAssessment({ model: scoring.model, lenses: [plan] }, [])).toThrow(/blocks/);
});
