// The roadmap's decisions, computed by hand on the mappers' small input (test-fixtures.ts): a
// target the consultant lowered, a level the workshop agreed, a plan whose actions lift
// statements, and "not applicable" answers — current vs target, gap, projected, agreed.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '$lib/scoring';
import { appendix } from './appendix';
import { findings, itemScores, lensScores, readiness, shortfalls } from './headline';
import { toRoadmapData } from './index';
import { context, type ReportInput } from './input';
import { people, reportInput, scoring } from './test-fixtures';

/**
 * The consultant lowers budget's target to 2; the room agrees vision/sponsor at 2 (the four
 * answers were 3, 3, 0, 0). The plan's first action lifts information/data to 3; a dropped one
 * would lift adoption/training to 4 and must not count.
 */
function decided(): ReportInput {
	const base = reportInput();
	const result = scoreAssessment(scoring, people, {
		targets: { budget: 2 },
		agreed: { 'vision/sponsor': 2 },
		view: 'agreed'
	});
	const actions = base.plan.actions.map((a) =>
		a.id === 'a1' && a.suggested
			? { ...a, suggested: { ...a.suggested, lifts: [{ statement: 'information/data', to: 3 }] } }
			: a.status === 'dropped' && a.suggested
				? {
						...a,
						suggested: { ...a.suggested, lifts: [{ statement: 'adoption/training', to: 4 }] }
					}
				: a
	);
	return {
		...base,
		result,
		plan: { ...base.plan, actions },
		consensus: [{ item: 'vision', statement: 'sponsor', rationale: ' Nobody funds it yet. ' }],
		notApplicable: [
			{ item: 'adoption', statement: 'use', reason: 'other', note: null, role: 'executive' },
			{
				item: 'vision',
				statement: 'sponsor',
				reason: 'decided-elsewhere',
				note: 'The board decides.',
				role: 'specialist'
			},
			{
				item: 'vision',
				statement: 'direction',
				reason: 'out-of-scope',
				note: ' ',
				role: 'executive'
			}
		]
	};
}

const ctx = context(decided(), 'en');

describe('current vs target, gap and projected, by hand', () => {
	// Agreed view. vision: direction 1.5 (3, 3, 0, 0), sponsor agreed 2 → level 1.75, score 43.75.
	// budget 2 (50), information 2 (50), process unknown, adoption 1.5 (37.5).
	// Lenses: planning (43.75 + 50) / 2 = 46.875, blocks 50, risks 37.5; index 134.375 / 3 = 44.79.
	it('reports the index beside its target, the gap to target and the projected index', () => {
		const r = readiness(ctx, ctx.input.result.index ?? 0);
		expect(r.index).toBeCloseTo(44.7917, 4);
		// Targets: vision 3, budget 2, information 3, process 3, adoption 3 → planning (75 + 50) / 2
		// = 62.5, blocks 75, risks 75; index (62.5 + 75 + 75) / 3 = 70.83.
		expect(r.target).toBeCloseTo(70.8333, 4);
		// Gaps × 25: vision 1.25 → 31.25, budget 0, information 25, adoption 37.5. Lens gaps:
		// planning 15.625, blocks 25 (process unknown), risks 37.5; (15.625 + 25 + 37.5) / 3.
		expect(r.gap).toBeCloseTo(26.0417, 4);
		// information/data 2 → 3: blocks 75; (46.875 + 75 + 37.5) / 3 = 53.125. The dropped
		// action's lift of adoption/training is not counted.
		expect(r.projected).toBeCloseTo(53.125, 6);
		expect([r.view, r.agreed]).toEqual(['agreed', 1]);
	});

	it('gives every lens and item its target, gap and projected score', () => {
		expect(lensScores(ctx)).toEqual([
			{
				label: 'strategic-planning',
				score: 46.875,
				target: 62.5,
				gap: 15.625,
				projected: 46.875
			},
			{ label: 'building-blocks', score: 50, target: 75, gap: 25, projected: 75 },
			{ label: 'failure-risks', score: 37.5, target: 75, gap: 37.5, projected: 37.5 }
		]);
		expect(itemScores(ctx, 'strategic-planning')).toEqual([
			{ label: 'vision', score: 43.75, target: 75, gap: 31.25, projected: 43.75 },
			// At its (lowered) target: no gap.
			{ label: 'budget', score: 50, target: 50, gap: 0, projected: 50 }
		]);
		expect(itemScores(ctx, 'building-blocks')).toEqual([
			{ label: 'information', score: 50, target: 75, gap: 25, projected: 75 },
			{ label: 'process', score: 0, target: 75, gap: null, projected: null }
		]);
	});

	it('lists the largest weighted gaps: gap × 25 × the item’s share of the index', () => {
		// Shares: adoption 1/3, vision and information 1/6 each.
		const list = shortfalls(ctx);
		expect(list.map((f) => [f.item, f.lens, f.level, f.target])).toEqual([
			['adoption', 'failure-risks', 1.5, 3],
			['vision', 'strategic-planning', 1.75, 3],
			['information', 'building-blocks', 2, 3]
		]);
		expect(list.map((f) => f.weightedGap)).toEqual([
			12.5,
			expect.closeTo(31.25 / 6, 9),
			expect.closeTo(25 / 6, 9)
		]);
	});
});

describe('agreed levels in the findings', () => {
	it('shows the agreed level, the spread before agreement and the rationale', () => {
		const vision = findings(ctx).find((f) => f.item === 'vision');
		// Before agreement: 3, 3, 0, 0 → mean 1.5, from 0 to 3, sd 1.5 (deviations ±1.5).
		expect(vision?.agreed).toEqual([
			{
				statement: 'sponsor',
				level: 2,
				mean: 1.5,
				low: 0,
				high: 3,
				sd: 1.5,
				n: 4,
				rationale: 'Nobody funds it yet.'
			}
		]);
		expect(vision?.score).toBe(43.75);
		expect(findings(ctx).find((f) => f.item === 'budget')?.agreed).toEqual([]);
	});
});

describe('"not applicable" in the appendix', () => {
	it('lists each answer with its reason, in questionnaire order, with its role', () => {
		expect(appendix(ctx).notApplicable).toEqual([
			{ item: 'vision', statement: 'direction', reason: 'out-of-scope', role: 'executive' },
			{
				item: 'vision',
				statement: 'sponsor',
				reason: 'decided-elsewhere',
				note: 'The board decides.',
				role: 'specialist'
			},
			{ item: 'adoption', statement: 'use', reason: 'other', role: 'executive' }
		]);
	});

	it('shows no layer under three people in an anonymous session: they count as "other"', () => {
		const anonymous = context(
			{ ...decided(), assessment: { title: 'Autumn workshop', anonymous: true } },
			'en'
		);
		const rows = appendix(anonymous).notApplicable;
		expect(rows.map((r) => r.role)).toEqual(['other', 'other', 'other']);
		expect(JSON.stringify(rows)).not.toMatch(/Sara|Kourosh|Nasrin/);
	});

	it('carries all of it into the roadmap data', () => {
		const data = toRoadmapData(decided(), 'en');
		expect(data?.readiness.projected).toBeCloseTo(53.125, 6);
		expect(data?.shortfalls).toHaveLength(3);
		expect(data?.appendix.notApplicable).toHaveLength(3);
	});
});
