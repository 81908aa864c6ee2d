import { describe, expect, it } from 'vitest';
import { fillAction, fillPlan, leanAction, leanPlan } from './lean';
import type { ActionView, PlanView } from './view';

const action: ActionView = {
	id: 'a',
	version: 1,
	added: false,
	text: 'Name a sponsor',
	recommended: null,
	phase: 'first_90_days',
	source: 'Buy-in',
	effort: 'quick',
	quickWin: true,
	element: null,
	owner: '',
	ownerRole: 'executive',
	deliverable: '',
	dependencies: [],
	delayed: false,
	due: null,
	derivedDue: null,
	status: 'planned',
	obsolete: false,
	first: true,
	last: false
};

describe('lean plan data', () => {
	it('leaves out the fields at their default and restores them exactly', () => {
		const lean = leanAction(action);
		expect(Object.keys(lean).sort()).toEqual(
			[
				'effort',
				'first',
				'id',
				'ownerRole',
				'phase',
				'quickWin',
				'source',
				'status',
				'text',
				'version'
			].sort()
		);
		expect(fillAction(lean)).toEqual(action);
	});

	it('leaves out a phase list’s phase and the text of a dependency on the plan’s own action', () => {
		const later: ActionView = {
			...action,
			id: 'b',
			text: 'Clean the data',
			phase: 'months_3_6',
			first: false,
			dependencies: [
				{ id: 'a', text: 'Name a sponsor' },
				{ id: 'gone', text: 'An action no longer in the plan' }
			]
		};
		const change: ActionView = {
			...action,
			id: 'c',
			element: 'communications',
			phase: 'months_3_6'
		};
		const plan: PlanView = {
			phases: [
				{ phase: 'first_90_days', actions: [action] },
				{ phase: 'months_3_6', actions: [later] }
			],
			change: [
				{ element: 'communications', status: 'missing', why: 'Nobody is told.', actions: [change] }
			],
			scope: [],
			goals: [],
			generatedAt: '2026-12-07T00:00:00.000Z'
		};
		const lean = leanPlan(plan);
		const [first, second] = lean.phases;
		expect(first?.actions[0]).not.toHaveProperty('phase');
		expect(second?.actions[0]?.dependencies).toEqual([
			{ id: 'a' },
			{ id: 'gone', text: 'An action no longer in the plan' }
		]);
		// A change-management action keeps its phase: its list is its element's, not a phase's.
		expect(lean.change[0]?.actions[0]?.phase).toBe('months_3_6');
		expect(fillPlan(lean)).toEqual(plan);
	});
});
