// The worked example of docs/scoring.md, number for number.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assess';
import { project } from './projection';
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

const people = [
	respondent('ana', row(4, 3, 3, 2, 3, '?'), 'executive', 'Sales'),
	respondent('ben', row(1, 1, 2, '?', 2, 2), 'specialist', 'Sales'),
	respondent('cyrus', row(2, 0, 2, 1, 3, 3), 'specialist', 'Service')
];
const result = scoreAssessment(scoring, people);
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

describe('docs/scoring.md worked example: targets, agreement and projection', () => {
	const decisions = { targets: { 'quick-wins': 2 }, agreed: { 'buy-in/sponsor': 3 as const } };
	const crowd = scoreAssessment(scoring, people, decisions);
	const agreed = scoreAssessment(scoring, people, { ...decisions, view: 'agreed' });
	const items = (r: typeof crowd) => r.lenses.flatMap((l) => l.items);

	it('measures each gap to target and the weighted shortfall', () => {
		const [buyIn, quickWins, adoption] = items(crowd);
		expect(buyIn?.gap).toBeCloseTo(7 / 6, 12);
		expect(buyIn?.weightedGap).toBeCloseTo(9.72, 2);
		expect(quickWins).toMatchObject({ target: 2, gap: 0, weightedGap: 0 });
		expect(adoption?.gap).toBeCloseTo(5 / 12, 12);
		expect(adoption?.weightedGap).toBeCloseTo(5.21, 2);
		expect(crowd.lenses[0]?.gap).toBeCloseTo(19.44, 2);
		expect(crowd.lenses[1]?.gap).toBeCloseTo(10.42, 2);
		expect(crowd.gap).toBeCloseTo(14.93, 2);
		expect(crowd.lenses[0]?.target).toBeCloseTo(66.67, 2);
		expect(crowd.target).toBeCloseTo(70.83, 2);
		expect(crowd.shortfalls.map((s) => s.item)).toEqual(['buy-in', 'adoption']);
		// The crowd view is unchanged by the agreement, which it only marks.
		expect(crowd.index).toBe(result.index);
		expect(crowd.discussion[0]).toMatchObject({ statement: 'sponsor', agreed: 3 });
	});

	it('scores the agreed view from the agreed level: the blocker is gone', () => {
		const [buyIn] = items(agreed);
		expect(buyIn?.level).toBeCloseTo(13 / 6, 12);
		expect(buyIn?.blocker).toBe(false);
		expect(agreed.lenses[0]?.score).toBeCloseTo(2875 / 54, 10);
		expect(agreed.index).toBeCloseTo(12725 / 216, 10);
		expect(agreed.index).toBeCloseTo(58.91, 2);
		expect(agreed.band).toEqual({ id: 'developing', reached: 'developing', capped: false });
		expect(agreed.gap).toBeCloseTo(12.15, 2);
		const sponsor = buyIn?.statements[0];
		expect(sponsor).toMatchObject({ level: 3, agreed: 3, score: 75 });
		expect(sponsor?.sd).toBeCloseTo(1.247, 3);
	});

	it('projects the plan from the agreed view', () => {
		const p = project(scoring, agreed, [
			{ lifts: [{ statement: 'buy-in/time', to: 2 }] },
			{ lifts: [{ statement: 'adoption/comms', to: 3 }] }
		]);
		expect(p.lenses[0]?.items[0]?.score).toBe(62.5);
		expect(p.lenses[1]?.items[0]?.score).toBeCloseTo(70.83, 2);
		expect(p.risks).toEqual({ adoption: 'low' });
		expect(p.lenses[0]?.score).toBeCloseTo(3175 / 54, 10);
		expect(p.index).toBeCloseTo(7000 / 108, 10);
		expect(p.index).toBeCloseTo(64.81, 2);
		expect(p.band?.id).toBe('developing');
		expect(p.gap).toBeCloseTo(6.25, 10);
	});

	it('counts a "not applicable" apart without changing a score', () => {
		const na = scoreAssessment(
			scoring,
			people.map((p) =>
				p.id === 'ben'
					? { ...p, answers: { ...p.answers, 'quick-wins/measured': 'not-applicable' as const } }
					: p
			)
		);
		expect(na.index).toBe(result.index);
		expect(na).toMatchObject({ known: 16, dontKnow: 1, notApplicable: 1 });
		expect(na.confidence).toBeCloseTo(16 / 17, 12);
		expect(na.confidence).toBeCloseTo(0.941, 3);
	});
});
