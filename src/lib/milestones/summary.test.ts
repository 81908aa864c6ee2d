import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '$lib/scoring';
import { item, lens, model, respondent } from '$lib/scoring/test-fixtures';
import { readSummary, summarise } from './summary';

const risk = {
	rules: [{ level: 'high' as const, when: { score: { lt: 50 } } }],
	default: 'low' as const
};
const scoring = model([
	lens('plan', [item('goals', ['s1', 's2'], { critical: true }), item('scope', ['s1'])]),
	lens('risks', [item('adoption', ['s1'], { risk })], 'risk')
]);

describe('milestone summary', () => {
	it('keeps the lens and item scores, risk levels and blockers the scoring gives', () => {
		const result = scoreAssessment(scoring, [
			respondent('r1', { 'goals/s1': 1, 'goals/s2': 0, 'scope/s1': 4, 'adoption/s1': 1 })
		]);
		const summary = summarise(result, { plan: 'h1' });
		// goals: levels 1 and 0 → mean 0.5 → 12.5; plan = (12.5 + 100) / 2; adoption 25 → high.
		expect(summary).toEqual({
			version: 1,
			confidence: 1,
			lenses: { plan: 56.25, risks: 25 },
			items: { goals: 12.5, scope: 100, adoption: 25 },
			risks: { adoption: 'high' },
			blockers: ['goals'],
			hashes: { plan: 'h1' }
		});
		expect(readSummary(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
	});

	it('reads a damaged summary as unknown scores rather than failing', () => {
		expect(readSummary({ version: 1, lenses: 'nonsense' })).toMatchObject({
			lenses: {},
			items: {}
		});
		expect(readSummary(null).lenses).toEqual({});
	});
});
