import { describe, expect, it } from 'vitest';
import { anonymise } from '$lib/assessments/anonymity';
import { scoreAssessment } from '$lib/scoring';
import { item, lens, model, respondent } from '$lib/scoring/test-fixtures';
import { resultsView } from './view';

const risk = {
	rules: [{ level: 'high' as const, when: { score: { lt: 50 } } }],
	default: 'low' as const
};
const scoring = model([
	lens('plan', [item('goals', ['s1', 's2'], { critical: true }), item('scope', ['s1', 's2'])]),
	lens('risks', [item('adoption', ['s1', 's2'], { risk })], 'risk')
]);

describe('results view', () => {
	it('shows one self-assessment: index, capped band, blocker, tier actions, no disputes', () => {
		const result = scoreAssessment(scoring, [
			respondent(
				'r1',
				{
					'goals/s1': 1,
					'goals/s2': 1,
					'scope/s1': 4,
					'scope/s2': 4,
					'adoption/s1': 4,
					'adoption/s2': 'dont-know'
				},
				'executive'
			)
		]);
		const view = resultsView(result, scoring, 'fa');
		// plan = (25 + 100) / 2 = 62.5, risks = 100 → index 81.25: "ready", capped at "emerging".
		expect(view.index).toBe(81.25);
		expect(view.band).toEqual({
			id: 'emerging',
			label: 'متن emerging',
			summary: 'متن emerging',
			capped: true,
			reached: 'متن ready'
		});
		expect(view.blockers).toEqual([{ item: 'متن goals', lens: 'متن plan', level: 1 }]);
		const [goals, scope] = view.lenses[0]?.items ?? [];
		expect(goals).toMatchObject({ tier: 'low', actions: [{ text: 'متن a-low', effort: 'quick' }] });
		expect(scope).toMatchObject({ tier: 'high', actions: [], prevention: [] });
		expect(view.lenses[1]?.items[0]).toMatchObject({
			risk: { level: 'low', exposure: 0 },
			prevention: [{ text: 'متن p-low', effort: 'quick' }]
		});
		expect(view.roles).toEqual([
			{ role: 'executive', respondents: 1, index: 81.25, lenses: { plan: 62.5, risks: 100 } }
		]);
		expect(view.disputed).toEqual([]);
		expect(view.gaps).toEqual([
			{ item: 'متن adoption', statement: 'متن s2', known: 0, dontKnow: 1, share: 1 }
		]);
	});

	it('lists the most disputed statements first, with their distribution', () => {
		const answers = (goals: 0 | 1 | 2 | 3 | 4, scope: 0 | 1 | 2 | 3 | 4) => ({
			'goals/s1': goals,
			'goals/s2': 2 as const,
			'scope/s1': scope,
			'scope/s2': 2 as const
		});
		const result = scoreAssessment(scoring, [
			respondent('a', answers(0, 1), 'executive'),
			respondent('b', answers(4, 3), 'specialist')
		]);
		const view = resultsView(result, scoring, 'en');
		expect(view.disputed.map((d) => [d.item, d.statement])).toEqual([
			['goals', 's1'],
			['scope', 's1']
		]);
		expect(view.disputed[0]).toMatchObject({
			disagreement: 1,
			sd: 2,
			known: 2,
			distribution: [1, 0, 0, 0, 1],
			roleGap: { gap: 4, high: 'specialist', low: 'executive' }
		});
	});

	it('leaves out anonymised small groups and says so', () => {
		// Three specialists shown; the executive and the two managers left out together (three:
		// fewer would be given away by the total minus the specialists).
		const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) =>
			respondent(
				id,
				{ 'goals/s1': 2, 'goals/s2': 2 },
				i < 3 ? 'specialist' : i < 4 ? 'executive' : 'middle_manager'
			)
		);
		const view = resultsView(anonymise(scoreAssessment(scoring, people)), scoring, 'en', true);
		expect(view.roles.map((r) => [r.role, r.respondents])).toEqual([['specialist', 3]]);
		expect(view.rolesHidden).toBe(true);
	});

	it('has nothing to show before anyone answers', () => {
		const view = resultsView(scoreAssessment(scoring, []), scoring, 'en');
		expect(view).toMatchObject({ respondents: 0, index: null, band: null, roles: [], gaps: [] });
	});
});
