import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assess';
import { item, lens, model, respondent } from './test-fixtures';

// One item, two statements, five people. s1: 4, 3, 1, 0 and one "don't know";
// s2: 4, 2, 2, 2 and one "don't know".
const scoring = model([lens('plan', [item('a', ['s1', 's2'])])]);
const result = scoreAssessment(scoring, [
	respondent('p2', { 'a/s1': 0, 'a/s2': 2 }, 'specialist'),
	respondent('e1', { 'a/s1': 4, 'a/s2': 4 }, 'executive', 'sales'),
	respondent('p1', { 'a/s1': 1, 'a/s2': 2 }, 'specialist', 'it'),
	respondent('c1', { 'a/s1': 'dont-know', 'a/s2': 2 }, 'consultant', 'it'),
	respondent('e2', { 'a/s1': 3, 'a/s2': 'dont-know' }, 'executive', 'sales')
]);
const a = result.lenses[0]?.items[0];
const [s1, s2] = a?.statements ?? [];

describe('statistics over many respondents', () => {
	it('gives n, mean, median, sd and distribution per statement', () => {
		expect(s1).toMatchObject({
			known: 4,
			dontKnow: 1,
			distribution: [1, 1, 0, 1, 1],
			mean: 2,
			median: 2
		});
		expect(s1?.sd).toBeCloseTo(Math.sqrt(10 / 4), 12);
		expect(s2).toMatchObject({
			known: 4,
			dontKnow: 1,
			distribution: [0, 0, 3, 0, 1],
			mean: 2.5,
			median: 2
		});
		expect(s2?.sd).toBeCloseTo(Math.sqrt(3 / 4), 12);
	});

	it('scores the team from the statement means', () => {
		expect(a).toMatchObject({ level: 2.25, score: 56.25 });
		expect(result).toMatchObject({
			respondents: 5,
			index: 56.25,
			known: 8,
			dontKnow: 2,
			confidence: 0.8
		});
		expect(result.band?.id).toBe('developing');
	});

	it('breaks every statement down by role layer, all five present', () => {
		expect(s1?.byRole.executive).toMatchObject({ known: 2, mean: 3.5, median: 3.5 });
		expect(s1?.byRole.specialist).toMatchObject({ known: 2, mean: 0.5, sd: 0.5 });
		expect(s1?.byRole.consultant).toMatchObject({
			known: 0,
			dontKnow: 1,
			mean: null,
			confidence: 0
		});
		expect(s1?.byRole.middle_manager).toMatchObject({
			known: 0,
			dontKnow: 0,
			mean: null,
			confidence: null
		});
	});

	it('breaks statements down by department, leaving out people without one', () => {
		expect(Object.keys(s1?.byDepartment ?? {})).toEqual(['it', 'sales']);
		expect(s1?.byDepartment.it).toMatchObject({ known: 1, dontKnow: 1, mean: 1 });
		expect(s2?.byDepartment.sales).toMatchObject({ known: 1, dontKnow: 1, mean: 4 });
	});
});

describe('comparisons', () => {
	it('scores each role layer from its own statement means', () => {
		expect(result.byRole.executive).toMatchObject({
			respondents: 2,
			index: 93.75,
			lenses: { plan: 93.75 },
			items: { a: 93.75 }
		});
		expect(result.byRole.specialist).toMatchObject({ respondents: 2, index: 31.25 });
		expect(result.byRole.consultant).toMatchObject({ respondents: 1, index: 50, confidence: 0.5 });
		expect(result.byRole.other).toMatchObject({
			respondents: 0,
			index: null,
			band: null,
			confidence: null
		});
	});

	it('scores each department, sorted by name', () => {
		expect(Object.keys(result.byDepartment)).toEqual(['it', 'sales']);
		// it: s1 = 1, s2 = 2 → level 1.5
		expect(result.byDepartment.it).toMatchObject({ respondents: 2, index: 37.5 });
		expect(result.byDepartment.sales).toMatchObject({ respondents: 2, index: 93.75 });
	});

	it('scores every respondent alone, sorted by id', () => {
		expect(result.individuals.map((r) => [r.id, r.role, r.department, r.index])).toEqual([
			['c1', 'consultant', 'it', 50],
			['e1', 'executive', 'sales', 100],
			['e2', 'executive', 'sales', 75],
			['p1', 'specialist', 'it', 37.5],
			['p2', 'specialist', null, 25]
		]);
	});

	it('finds the largest gap between role layers, per statement and per item', () => {
		expect(s1?.roleGap).toEqual({ gap: 3, high: 'executive', low: 'specialist' });
		// specialist and consultant tie at 2: the earlier layer is named
		expect(s2?.roleGap).toEqual({ gap: 2, high: 'executive', low: 'specialist' });
		// item levels: executive 3.75, specialist 1.25, consultant 2
		expect(a?.roleGap).toEqual({ gap: 2.5, high: 'executive', low: 'specialist' });
	});
});

describe('disagreement', () => {
	it('takes the larger of sd / 2 and role gap / 4', () => {
		expect(s1?.disagreement).toBeCloseTo(Math.sqrt(2.5) / 2, 12);
		expect(s2?.disagreement).toBe(0.5);
	});

	it('lists the statements answered by two or more people, most disputed first', () => {
		expect(result.discussion.map((d) => d.statement)).toEqual(['s1', 's2']);
		expect(result.discussion[1]).toEqual({
			lens: 'plan',
			item: 'a',
			statement: 's2',
			disagreement: 0.5,
			sd: s2?.sd,
			roleGap: s2?.roleGap,
			agreed: null
		});
	});

	it('has no role gap with a single layer, and leaves single answers off the list', () => {
		const alone = scoreAssessment(scoring, [
			respondent('x', { 'a/s1': 0, 'a/s2': 1 }),
			respondent('y', { 'a/s1': 4 })
		]);
		const [t1, t2] = alone.lenses[0]?.items[0]?.statements ?? [];
		expect(t1).toMatchObject({ roleGap: null, sd: 2, disagreement: 1 });
		expect(t2).toMatchObject({ known: 1, disagreement: 0 });
		expect(alone.discussion.map((d) => d.statement)).toEqual(['s1']);
	});

	it('breaks ties by spread, then by questionnaire order', () => {
		const ties = model([lens('plan', [item('a', ['s1', 's2']), item('b', ['s1', 's2'])])]);
		// a/s1 and b/s2: executive 1, specialist 3 → gap/4 = 0.5, sd 1 (equal: order decides);
		// a/s2: executive 3, specialists 1, 1, 1 → gap/4 = 0.5 but sd √0.75 (after them);
		// b/s1: executives 0 and 4, specialist 2 → no gap, sd √(8/3), so 0.816 (first).
		const result = scoreAssessment(ties, [
			respondent('1', { 'a/s1': 1, 'a/s2': 3, 'b/s1': 0, 'b/s2': 1 }, 'executive'),
			respondent('2', { 'a/s1': 3, 'a/s2': 1, 'b/s1': 2, 'b/s2': 3 }, 'specialist'),
			respondent('3', { 'b/s1': 4 }, 'executive'),
			respondent('4', { 'a/s2': 1 }, 'specialist'),
			respondent('5', { 'a/s2': 1 }, 'specialist')
		]);
		expect(result.discussion.map((d) => `${d.item}/${d.statement}`)).toEqual([
			'b/s1',
			'a/s1',
			'b/s2',
			'a/s2'
		]);
		expect(result.discussion.map((d) => d.disagreement)).toEqual([
			Math.sqrt(8 / 3) / 2,
			0.5,
			0.5,
			0.5
		]);
	});
});
