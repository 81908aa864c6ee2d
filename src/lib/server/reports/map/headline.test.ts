import { describe, expect, it } from 'vitest';
import { blockers, findings, itemScores, lensScores, readiness, risks } from './headline';
import { context } from './input';
import { reportInput } from './test-fixtures';

const en = context(reportInput(), 'en');

describe('the roadmap headline mappers (hand-built input, see test-fixtures.ts)', () => {
	it('reports the index, the band in words, where bands start, and the confidence', () => {
		expect(readiness(en, 43.75)).toEqual({
			index: 43.75,
			band: 'emerging',
			bandSummary: 'emerging',
			bandStarts: [0, 35, 55, 70, 85],
			bandLabels: ['not-ready', 'emerging', 'developing', 'ready', 'leading'],
			cap: 'emerging',
			confidence: 0.875,
			// Every item's target is the default level 3: the index at target is 75. Gaps (levels):
			// vision 1.5, budget 1, information 1, adoption 1.5 (process unknown, left out): lens
			// gaps 31.25, 25, 37.5; their mean 31.25. The plan lifts nothing: projected = index.
			target: 75,
			gap: 31.25,
			projected: 43.75,
			view: 'crowd',
			agreed: 0
		});
	});

	it('scores the lenses, and each lens’s items in questionnaire order, unknown as 0', () => {
		expect(lensScores(en)).toEqual([
			{ label: 'strategic-planning', score: 43.75, target: 75, gap: 31.25, projected: 43.75 },
			{ label: 'building-blocks', score: 50, target: 75, gap: 25, projected: 50 },
			{ label: 'failure-risks', score: 37.5, target: 75, gap: 37.5, projected: 37.5 }
		]);
		expect(itemScores(en, 'strategic-planning')).toEqual([
			{ label: 'vision', score: 37.5, target: 75, gap: 37.5, projected: 37.5 },
			{ label: 'budget', score: 50, target: 75, gap: 25, projected: 50 }
		]);
		expect(itemScores(en, 'building-blocks')).toEqual([
			{ label: 'information', score: 50, target: 75, gap: 25, projected: 50 },
			{ label: 'process', score: 0, target: 75, gap: null, projected: null }
		]);
	});

	it('names the critical item below level 2 and the band it holds the index at', () => {
		expect(blockers(en)).toEqual([
			{
				title: 'vision',
				detail:
					'A critical item at level 1.5 of 4: while it stays below level 2, the band cannot ' +
					'rise above “emerging”, whatever the other scores.'
			}
		]);
	});

	it('rates each failure cause with its weakest statement, its unknowns and its prevention', () => {
		expect(risks(en)).toEqual([
			{
				cause: 'adoption',
				level: 'high',
				exposure: 62.5,
				// training and use both average 1.5: the first in the item wins; 2 of 8 unknown.
				reason:
					'Weakest point (level 1.5 of 4): training 2 ' +
					"25% of the answers on this cause were “don't know”.",
				prevention: ['p-high']
			}
		]);
	});

	it('reports a cause nobody could rate as fully exposed', () => {
		const ctx = context(reportInput(), 'en');
		const adoption = ctx.items.get('adoption');
		if (!adoption) throw new Error('fixture lost its failure cause');
		adoption.result = {
			...adoption.result,
			risk: { level: 'high', rule: null, exposure: null },
			statements: adoption.result.statements.map((s) => ({ ...s, mean: null }))
		};
		const [cause] = risks(ctx);
		expect([cause?.exposure, cause?.reason]).toEqual([
			100,
			'Nobody who answered knew enough to rate this cause; treat it as a risk until the facts ' +
				'are known.'
		]);
	});

	it('writes a finding per answered scored item, with its level, role gap and actions', () => {
		expect(findings(en)).toEqual([
			{
				lens: 'strategic-planning',
				item: 'vision',
				score: 37.5,
				target: 75,
				level: 'level 1.5 of 4, initial',
				finding:
					'Weakest statement (level 1.5 of 4): direction 2 ' +
					'Executive and Specialist see this 3 levels apart.',
				actions: ['a-low'],
				disagreement: 0.75,
				agreed: []
			},
			{
				lens: 'strategic-planning',
				item: 'budget',
				score: 50,
				target: 75,
				level: 'level 2 of 4, defined',
				finding: 'Weakest statement (level 2 of 4): funds 2',
				actions: ['a-mid'],
				disagreement: 0,
				agreed: []
			},
			{
				lens: 'building-blocks',
				item: 'information',
				score: 50,
				target: 75,
				level: 'level 2 of 4, defined',
				finding:
					'Weakest statement (level 2 of 4): data 2 Executive and Specialist see this 2 levels apart.',
				actions: ['a-mid'],
				disagreement: 0.5,
				agreed: []
			}
		]);
	});

	it('writes levels in Persian digits and Persian words for a Persian roadmap', () => {
		const [vision] = findings(context(reportInput(), 'fa'));
		expect(vision).toMatchObject({ item: 'متن vision', level: 'سطح ۱٫۵ از ۴، ابتدایی' });
	});
});
