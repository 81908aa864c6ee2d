// A small roadmap input built by hand for the mappers' unit tests: four people, four scored
// items and one failure cause, a plan with every kind of action row, and one goal. Every figure
// the tests expect is worked out in the comments below, so no database is needed.
//
//   item (lens)                      executives (2)   specialists (2)         mean   score
//   vision (strategic-planning)*     3, 3 | 3, 3      0, 0 | 0, 0             1.5    37.5  blocker
//   budget (strategic-planning)      2 | 2            2 | don't know          2      50
//   information (building-blocks)    3 | 3            1 | 1                   2      50
//   process (building-blocks)        —                —                       —      —
//   adoption (failure-risks)         2, 2 | 2, dk     1, dk | 1, 1            1.5    37.5  HIGH
//   (* critical; "a, b" are the item's two statements; "|" separates the two people)
//
// Lenses: strategic planning (37.5 + 50) / 2 = 43.75, building blocks 50, failure risks 37.5;
// index (43.75 + 50 + 37.5) / 3 = 43.75, "emerging". 3 "don't know" of 24 answers: confidence
// 0.875. Executives' index 62.5, specialists' 25: 1.5 levels apart.
import type { WorksheetQuestionnaire } from '$lib/questionnaires/schema';
import { suggestion } from '$lib/plans/test-fixtures';
import type { ActionRow, GoalRow, Suggestion } from '$lib/plans/types';
import { stateFromGenerated } from '$lib/plans/view';
import { scoreAssessment, statementKey, type Answer, type RoleLayer } from '$lib/scoring';
import { item, lens, model, respondent } from '$lib/scoring/test-fixtures';
import type { ReportInput } from './input';

const lenses = [
	lens('strategic-planning', [
		item('vision', ['direction', 'sponsor'], { critical: true }),
		item('budget', ['funds'])
	]),
	lens('building-blocks', [item('information', ['data']), item('process', ['flows'])]),
	lens(
		'failure-risks',
		[
			item('adoption', ['training', 'use'], {
				risk: { rules: [{ level: 'high', when: { score: { lt: 50 } } }], default: 'low' }
			})
		],
		'risk'
	)
];

const goals: WorksheetQuestionnaire = {
	id: 'goals',
	version: 1,
	kind: 'worksheet',
	title: { en: 'Goals', fa: 'اهداف' },
	description: { en: 'Goals', fa: 'اهداف' },
	goals: [
		{
			id: 'customer-identification',
			title: { en: 'Know your customers', fa: 'مشتریان را بشناسید' },
			description: { en: 'Who buys', fa: 'چه کسی می‌خرد' },
			kpis: [
				{
					id: 'known-customers',
					name: { en: 'Customers on record', fa: 'مشتریان ثبت‌شده' },
					measurement: { en: 'Count in the register', fa: 'شمار در دفتر' },
					baseline: { en: 'Count them today', fa: 'امروز بشمارید' },
					target: { en: '+20%', fa: '٪۲۰+' },
					unit: { en: 'customers', fa: 'مشتری' },
					direction: 'increase'
				}
			]
		}
	]
};

// The statements everyone was asked, in the order of each person's answers below.
const ASKED = [
	['vision', 'direction'],
	['vision', 'sponsor'],
	['budget', 'funds'],
	['information', 'data'],
	['adoption', 'training'],
	['adoption', 'use']
] as const;
const DK = 'dont-know';

function person(id: string, role: RoleLayer, name: string | null, levels: Answer[]) {
	const answers = Object.fromEntries(ASKED.map(([i, s], k) => [statementKey(i, s), levels[k]]));
	return { ...respondent(id, answers as Record<string, Answer>, role), name };
}

export const people = [
	person('e1', 'executive', 'Sara', [3, 3, 2, 3, 2, 2]),
	person('e2', 'executive', 'Kourosh', [3, 3, 2, 3, 2, DK]),
	person('s1', 'specialist', 'Nasrin', [0, 0, 2, 1, 1, DK]),
	person('s2', 'specialist', null, [0, 0, DK, 1, 1, 1])
];

/** The plan began on 15 January 2026: phases end on 15 April, 15 July and 15 January 2027. */
export const PLAN_START = new Date('2026-01-15T09:00:00Z');

/** A recommendation as stored before anyone touched it, at a place in the list. */
function recommended(position: number, key: string, over: Partial<Suggestion> = {}): ActionRow {
	const actions = [suggestion(key, { item: 'vision', ...over })];
	const [row] = stateFromGenerated(
		{ actions, change: [], scope: [], goals: [] },
		PLAN_START
	).actions;
	return { ...(row as ActionRow), id: `a${position}`, position };
}

export const actions: ActionRow[] = [
	recommended(1, 'sponsor'),
	{
		...recommended(2, 'added'),
		key: null,
		suggested: null,
		text: 'Hire a CRM lead',
		phase: 'months_3_6',
		owner: { id: null, name: 'Laleh' },
		due: '2026-05-01',
		status: 'in_progress'
	},
	// Obsolete and not started: no longer printed.
	{ ...recommended(3, 'stale'), obsolete: true },
	// Obsolete but under way: printed, no longer a quick win.
	{ ...recommended(4, 'started', { phase: 'months_6_12' }), obsolete: true, status: 'done' },
	{ ...recommended(5, 'dropped', { quickWin: false }), status: 'dropped' },
	{ ...recommended(6, 'removed', { quickWin: false }), removed: true },
	{
		...recommended(7, 'tell', { element: 'communications', phase: 'months_3_6', quickWin: false }),
		element: 'communications'
	}
];

const goalRows: GoalRow[] = [
	{
		id: 'g1',
		goal: 'customer-identification',
		kpiId: 'known-customers',
		kpi: null,
		measurement: null,
		baseline: null,
		target: null,
		owner: { id: 'u1', name: 'Laleh' },
		due: null,
		version: 1
	}
];

/** The fixture's questionnaires as the scoring engine reads them. */
export const scoring = model(lenses);

export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
	return {
		organisation: 'Acme',
		assessment: { title: 'Autumn workshop', anonymous: false },
		facilitator: 'Laleh Karimi',
		content: { model: scoring.model, lenses, goals },
		result: scoreAssessment(scoring, people),
		plan: {
			generated: {
				change: [
					{
						element: 'communications',
						status: 'missing',
						level: null,
						why: { en: 'Nobody is told.', fa: 'به کسی گفته نمی‌شود.' }
					}
				],
				scope: [
					{ dimension: 'deployment', status: 'unknown', level: null, note: null },
					{
						dimension: 'data_migration',
						status: 'at_risk',
						level: 1,
						note: { en: 'Spreadsheets everywhere.', fa: 'صفحه‌گسترده همه‌جا.' }
					}
				]
			},
			actions,
			goals: goalRows,
			generatedAt: PLAN_START,
			createdAt: PLAN_START
		},
		comments: [
			{ item: 'information', body: 'Three spreadsheets.', role: 'specialist', name: 'Nasrin' },
			{ item: 'vision', body: 'We lack a sponsor.', role: 'executive', name: null }
		],
		people: people.map((p) => ({ role: p.role, name: p.name })),
		date: '2026-11-24',
		evidence: { 'customer-identification': ['120 customers on record.'] },
		consensus: [],
		notApplicable: [],
		...overrides
	};
}
