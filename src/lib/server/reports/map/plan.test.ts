import { describe, expect, it } from 'vitest';
import { context } from './input';
import { planSections } from './plan';
import { planView } from '$lib/plans/view';
import { reportInput } from './test-fixtures';

const sections = planSections(context(reportInput(), 'en'));

describe('the roadmap’s plan sections (hand-built plan, see test-fixtures.ts)', () => {
	it('prints the actions people kept, each with a date, a status and its source', () => {
		const row = (a: (typeof sections.plan)[number]) =>
			[a.phase, a.action, a.source, a.owner, a.due, a.status, a.quickWin] as const;
		expect(sections.plan.map(row)).toEqual([
			// No date: the end of its phase, three months after the plan began.
			['first_90_days', 'do sponsor', 'Item', '', '2026-04-15', 'not_started', true],
			[
				'months_3_6',
				'Hire a CRM lead',
				'Added by the team',
				'Laleh',
				'2026-05-01',
				'in_progress',
				false
			],
			// Obsolete: no longer recommended, so no longer a quick win.
			['months_6_12', 'do started', 'Item', '', '2027-01-15', 'done', false]
		]);
		// Nothing else is printed about an action.
		expect(Object.keys(sections.plan[0] ?? {}).sort()).toEqual([
			'action',
			'due',
			'owner',
			'phase',
			'quickWin',
			'source',
			'status'
		]);
	});

	it('fills the goals worksheet from the template, the register’s figures and the plan’s year', () => {
		expect(sections.goals).toEqual([
			{
				goal: 'Know your customers',
				kpi: 'Customers on record',
				measurement: 'Count in the register',
				baseline: 'Count them today\n120 customers on record.',
				target: '+20%',
				owner: 'Laleh',
				date: '2027-01-15'
			}
		]);
	});

	it('lists the change programme’s elements with their actions, dated by phase', () => {
		expect(sections.changePlan.map((e) => e.element)).toEqual([
			'readiness_assessment',
			'communications',
			'impact_analysis',
			'training',
			'value_metrics'
		]);
		expect(sections.changePlan[1]).toEqual({
			element: 'communications',
			why: 'Nobody is told.',
			actions: [{ action: 'do tell', owner: '', due: '2026-07-15' }]
		});
	});

	it('reports a scope dimension nobody knew as one to watch, and says why', () => {
		expect(sections.scope).toEqual([
			{
				dimension: 'deployment',
				status: 'watch',
				note: 'Not answered, or nobody who answered knew: find out before committing a budget.'
			},
			{ dimension: 'data_migration', status: 'at_risk', note: 'Spreadsheets everywhere.' }
		]);
	});

	it('dates an undated action as the plan page does: the page shows the same date, as derived', () => {
		const input = reportInput();
		const view = planView(input.plan, input.content.goals, 'en', input.evidence);
		const onThePage = view.phases
			.flatMap((p) => p.actions)
			.map((a) => [a.text, a.due ?? a.derivedDue, a.due === null] as const);
		// do sponsor has no date: the page says 2026-04-15 (derived), the roadmap prints the same.
		expect(onThePage).toContainEqual(['do sponsor', '2026-04-15', true]);
		for (const row of sections.plan) {
			const page = onThePage.find(([text]) => text === row.action);
			if (page) expect(page[1]).toBe(row.due);
		}
	});
});
