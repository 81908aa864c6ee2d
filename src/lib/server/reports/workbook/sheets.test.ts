// The plan sheet (also the plan's CSV) from a plan view, by hand: numbered rows, dependencies by
// number (Persian digits for Persian readers), the derived due date marked, dates in both
// calendars in Persian, and sheet names Excel accepts.
import { describe, expect, it } from 'vitest';
import type { ActionView, PlanView } from '$lib/plans/view';
import { planSheet } from './sheets';

const action = (over: Partial<ActionView>): ActionView => ({
	id: 'a',
	version: 1,
	added: false,
	text: 'Agree the vision',
	recommended: null,
	phase: 'first_90_days',
	source: 'Vision',
	effort: 'quick',
	quickWin: true,
	element: null,
	owner: 'Sara Ahmadi',
	ownerRole: 'executive',
	deliverable: 'A one-page vision',
	dependencies: [],
	delayed: false,
	due: '2027-01-31',
	derivedDue: null,
	status: 'in_progress',
	obsolete: false,
	first: true,
	last: false,
	...over
});

const plan: PlanView = {
	phases: [
		{
			phase: 'first_90_days',
			actions: [
				action({}),
				action({
					id: 'b',
					text: 'Train the team',
					source: null,
					effort: 'large',
					quickWin: false,
					owner: '',
					ownerRole: null,
					deliverable: '',
					dependencies: [{ id: 'a', text: 'Agree the vision' }],
					due: null,
					derivedDue: '2027-03-07',
					status: 'planned'
				})
			]
		},
		{ phase: 'months_3_6', actions: [] },
		{ phase: 'months_6_12', actions: [] }
	],
	change: [],
	scope: [],
	goals: [],
	generatedAt: '2026-12-07T00:00:00.000Z'
};

describe('the plan sheet', () => {
	it('lists every action with its owner role, deliverable, effort, dependencies and due date', () => {
		const sheet = planSheet(plan, 'en');
		expect(sheet.name).toBe('Plan');
		expect(sheet.columns.map((c) => c.header)).toEqual([
			'No.',
			'Phase',
			'Action',
			'From',
			'Owner role',
			'Owner',
			'Deliverable',
			'Effort',
			'Quick win',
			'Depends on (No.)',
			'Due date',
			'End of its phase (no date set)',
			'Status'
		]);
		expect(sheet.rows).toEqual([
			[
				1,
				'First 90 days',
				'Agree the vision',
				'Vision',
				'Executives',
				'Sara Ahmadi',
				'A one-page vision',
				'Quick',
				'Yes',
				'',
				'2027-01-31',
				'',
				'In progress'
			],
			[
				2,
				'First 90 days',
				'Train the team',
				'Added by the team',
				'',
				'',
				'',
				'Large effort',
				'',
				'1',
				'2027-03-07',
				'Yes',
				'Planned'
			]
		]);
	});

	it('writes Persian headers, Persian digits in text and the Jalali date beside the date', () => {
		const sheet = planSheet(plan, 'fa');
		expect(sheet.name).toBe('برنامهٔ اقدام');
		const header = sheet.columns.map((c) => c.header);
		const second = sheet.rows[1] ?? [];
		expect(second[header.indexOf('وابسته به (ردیف)')]).toBe('۱');
		expect(second[header.indexOf('موعد')]).toBe('2027-03-07');
		expect(second[header.indexOf('موعد (تقویم شمسی)')]).toBe('۱۴۰۵-۱۲-۱۶');
		expect(second[header.indexOf('پایان مرحله (تاریخ تعیین نشده)')]).toBe('بله');
		// Numbers stay numbers.
		expect(second[0]).toBe(2);
	});
});
