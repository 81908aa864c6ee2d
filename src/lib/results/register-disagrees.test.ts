// The results view's "register disagrees" (issue 15 §7): which level is checked in each view,
// and that the flag changes no score.
import { describe, expect, it } from 'vitest';
import type { RegisterFigures } from '$lib/evidence/flags';
import { project, scoreAssessment } from '$lib/scoring';
import { item, lens, model, respondent, statement } from '$lib/scoring/test-fixtures';
import { resultsView } from './view';

const quality = {
	...statement('data-quality'),
	evidence: [{ figure: 'duplicate_rate' as const, from: 3, atMost: 0.02 }]
};
const scoring = model([lens('blocks', [item('information', ['data-inventory', quality])])]);
// 60 customers, 6 of them duplicates: 10%.
const register = {
	customers: 60,
	figures: { duplicate_rate: { value: 0.1, base: 60 } } satisfies RegisterFigures
};
const people = [
	respondent('r1', { 'information/data-inventory': 2, 'information/data-quality': 4 }),
	respondent('r2', { 'information/data-inventory': 2, 'information/data-quality': 3 })
];

function viewOf(view: 'crowd' | 'agreed', agreed: Record<string, 0 | 1 | 2 | 3 | 4> = {}) {
	const result = scoreAssessment(scoring, people, { agreed, view });
	const other = scoreAssessment(scoring, people, {
		agreed,
		view: view === 'crowd' ? 'agreed' : 'crowd'
	});
	return resultsView(result, scoring, 'en', false, {
		other,
		projection: project(scoring, result, []),
		consensus: [],
		notApplicable: [],
		register
	});
}

describe('the results view: the register disagrees', () => {
	it('flags the crowd’s level 3.5 against a 10% duplicate rate, leaving the score as it was', () => {
		const view = viewOf('crowd');
		expect(view.registerDisagrees).toEqual({
			customers: 60,
			minimum: 50,
			flags: [
				{
					itemId: 'information',
					statementId: 'data-quality',
					item: 'information',
					statement: 'data-quality',
					level: 3.5,
					breaches: [
						{
							figure: 'duplicate_rate',
							value: 0.1,
							base: 60,
							from: 3,
							direction: 'atMost',
							bound: 0.02
						}
					]
				}
			]
		});
		// (2 + 3.5) / 2 × 25 = 68.75, with or without the register.
		expect(view.index).toBe(68.75);
		const without = resultsView(scoreAssessment(scoring, people), scoring, 'en');
		expect(without.index).toBe(68.75);
		expect(without.registerDisagrees).toBeNull();
	});

	it('checks the agreed level in the agreed view: an agreed level 2 is not contradicted', () => {
		expect(viewOf('agreed', { 'information/data-quality': 2 }).registerDisagrees?.flags).toEqual(
			[]
		);
		// The crowd's view still flags the mean of 3.5.
		expect(
			viewOf('crowd', { 'information/data-quality': 2 }).registerDisagrees?.flags
		).toHaveLength(1);
	});
});
