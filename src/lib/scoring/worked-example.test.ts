// The worked example of docs/scoring.md, number for number.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assess';
import { item, lens, model, respondent, statement } from './test-fixtures';
import type { Answer } from './types';

const scoring = model([
	lens('plan', [
		item('buy-in', ['sponsor', 'time'], { weight: 2, critical: true }),
		item('quick-wins', [statement('named', 2), statement('measured', 1)])
	]),
	lens(
		'risks',
		[
			item('adoption', ['training', 'comms'], {
				risk: {
					rules: [
						{
							level: 'high',
							when: { any: [{ statement: 'training', lt: 1.5 }, { unknown: { gte: 0.5 } }] }
						},
						{ level: 'medium', when: { score: { lt: 65 } } }
					],
					default: 'low'
				}
			})
		],
		'risk'
	)
]);

const row = (
	sponsor: number,
	time: number,
	named: number,
	measured: number | '?',
	training: number,
	comms: number | '?'
) => {
	const answer = (v: number | '?') => (v === '?' ? 'dont-know' : v) as Answer;
	return {
		'buy-in/sponsor': answer(sponsor),
		'buy-in/time': answer(time),
		'quick-wins/named': answer(named),
		'quick-wins/measured': answer(measured),
		'adoption/training': answer(training),
		'adoption/comms': answer(comms)
	};
};

const result = scoreAssessment(scoring, [
	respondent('ana', row(4, 3, 3, 2, 3, '?'), 'executive', 'Sales'),
	respondent('ben', row(1, 1, 2, '?', 2, 2), 'specialist', 'Sales'),
	respondent('cyrus', row(2, 0, 2, 1, 3, 3), 'specialist', 'Service')
]);
const [plan, risks] = result.lenses;
const [buyIn, quickWins] = plan?.items ?? [];
const adoption = risks?.items[0];
const statements = Object.fromEntries(
	result.lenses.flatMap((l) => l.items.flatMap((i) => i.statements.map((s) => [s.id, s])))
);

describe('docs/scoring.md worked example', () => {
	it.each([
		['sponsor', 3, 0, [0, 1, 1, 0, 1], 7 / 3, 2, Math.sqrt(14 / 9)],
		['time', 3, 0, [1, 1, 0, 1, 0], 4 / 3, 1, Math.sqrt(14 / 9)],
		['named', 3, 0, [0, 0, 2, 1, 0], 7 / 3, 2, Math.sqrt(2 / 9)],
		['measured', 2, 1, [0, 1, 1, 0, 0], 1.5, 1.5, 0.5],
		['training', 3, 0, [0, 0, 1, 2, 0], 8 / 3, 3, Math.sqrt(2 / 9)],
		['comms', 2, 1, [0, 0, 1, 1, 0], 2.5, 2.5, 0.5]
	])(
		'statement %s: n %i, %i unknown, distribution %j, mean, median, sd',
		(id, known, dontKnow, distribution, mean, median, sd) => {
			const s = statements[id];
			expect(s).toMatchObject({ known, dontKnow, distribution, median });
			expect(s?.mean).toBeCloseTo(mean, 12);
			expect(s?.sd).toBeCloseTo(sd, 12);
			expect(s?.score).toBeCloseTo(mean * 25, 10);
		}
	);

	it('scores the items, with tiers, gaps, the blocker and the risk', () => {
		expect(buyIn?.level).toBeCloseTo(11 / 6, 12);
		expect(buyIn?.score).toBeCloseTo(45.83, 2);
		expect(buyIn).toMatchObject({ tier: 'low', blocker: true, confidence: 1 });
		expect(buyIn?.gap).toBeCloseTo(3 - 11 / 6, 12);
		expect(quickWins?.level).toBeCloseTo(37 / 18, 12);
		expect(quickWins?.score).toBeCloseTo(51.39, 2);
		expect(quickWins).toMatchObject({ tier: 'mid', blocker: false, confidence: 5 / 6 });
		expect(adoption?.level).toBeCloseTo(31 / 12, 12);
		expect(adoption?.score).toBeCloseTo(64.58, 2);
		expect(adoption?.risk?.level).toBe('medium');
		expect(adoption?.risk?.rule).toBe(1);
		expect(adoption?.risk?.exposure).toBeCloseTo(35.42, 2);
	});

	it('scores the lenses and the index, capped by the blocker', () => {
		expect(plan?.score).toBeCloseTo(2575 / 54, 10);
		expect(risks?.score).toBeCloseTo(775 / 12, 10);
		expect(result.index).toBeCloseTo(12125 / 216, 10);
		expect(result.index).toBeCloseTo(56.13, 2);
		expect(result.band).toEqual({ id: 'emerging', reached: 'developing', capped: true });
		expect(result.blockers.map((b) => b.item)).toEqual(['buy-in']);
		expect(result).toMatchObject({ known: 16, dontKnow: 2 });
		expect(result.confidence).toBeCloseTo(16 / 18, 12);
		expect(plan?.confidence).toBeCloseTo(11 / 12, 12);
	});

	it('scores role layers, departments and individuals', () => {
		const index = (s: { index: number | null } | undefined) => Number(s?.index?.toFixed(2));
		expect(index(result.byRole.executive)).toBe(77.78);
		expect(result.byRole.executive.band?.id).toBe('ready');
		expect(index(result.byRole.specialist)).toBe(46.53);
		expect(result.byRole.specialist.band).toEqual({
			id: 'emerging',
			reached: 'emerging',
			capped: false
		});
		expect(result.byRole.specialist.blockers).toEqual(['buy-in']);
		expect(Number(result.byRole.specialist.lenses.plan?.toFixed(2))).toBe(30.56);
		expect(index(result.byDepartment.Sales)).toBe(56.6);
		expect(index(result.byDepartment.Service)).toBe(52.78);
		expect(result.individuals.map((r) => [r.id, index(r), r.band?.id])).toEqual([
			['ana', 77.78, 'ready'],
			['ben', 41.67, 'emerging'],
			['cyrus', 52.78, 'emerging']
		]);
		expect([buyIn, quickWins, adoption].map((i) => i?.roleGap)).toEqual([
			{ gap: 2.5, high: 'executive', low: 'specialist' },
			{ gap: expect.closeTo(1, 12), high: 'executive', low: 'specialist' },
			{ gap: 0.5, high: 'executive', low: 'specialist' }
		]);
	});

	it('measures disagreement and orders the discussion list', () => {
		const values = Object.fromEntries(
			Object.values(statements).map((s) => [s.id, Number(s.disagreement.toFixed(3))])
		);
		expect(values).toEqual({
			sponsor: 0.625,
			time: 0.625,
			named: 0.25,
			measured: 0.25,
			training: 0.236,
			comms: 0.25
		});
		expect(statements.comms?.roleGap).toBeNull();
		expect(result.discussion.map((d) => d.statement)).toEqual([
			'sponsor',
			'time',
			'measured',
			'comms',
			'named',
			'training'
		]);
	});
});
