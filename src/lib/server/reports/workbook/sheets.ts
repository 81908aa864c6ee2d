// The workbook as plain sheets (headers, column kinds, rows), mapped from what the PDF roadmap is
// made of (RoadmapData from ../map), the plan as the plan page shows it (PlanView) and the
// results scored twice (crowd and agreed), with the plan's projection. Pure: xlsx.ts writes the
// sheets, csv.ts writes the plan sheet as CSV, and the tests read both.
//
// Figures: "current", "target" and "gap" are everyone's answers (the crowd view); "agreed" is the
// same figure where the room recorded agreed levels; "projected" is the plan page's: the agreed
// view once the plan's counted actions are done. Scores are 0–100, levels 0–4.
import { type NotApplicableAnswer } from '$lib/server/assessments/decisions';
import type { Locale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { jalaliStamp } from '$lib/server/download';
import type { PlanView, ActionView } from '$lib/plans/view';
import type { Item, ScoredQuestionnaire } from '$lib/questionnaires/schema';
import type { AssessmentResult, Projection } from '$lib/scoring';
import type { RoadmapData } from '../document/data';

/** How a column's cells are written: numbers and dates stay numbers and dates in the file. */
export type ColumnKind =
	'text' | 'long' | 'integer' | 'score' | 'level' | 'spread' | 'share' | 'date';

export interface Column {
	header: string;
	kind: ColumnKind;
}

export type Cell = string | number | null;

export interface Sheet {
	/** The sheet's tab name (at most 31 characters, none of : \ / ? * [ ]). */
	name: string;
	columns: Column[];
	/** Cells in column order; a date is 'YYYY-MM-DD'. */
	rows: Cell[][];
}

export interface WorkbookInput {
	locale: Locale;
	/** The PDF's data: heading, readiness and the goals worksheet, already mapped by map/. */
	report: RoadmapData;
	plan: PlanView;
	lenses: readonly ScoredQuestionnaire[];
	/** Everyone's answers (anonymised already when the session is anonymous). */
	crowd: AssessmentResult;
	/** The agreed view of the same answers. */
	agreed: AssessmentResult;
	/** The agreed view once the plan's actions are done. */
	projection: Projection;
	/** Not applicable answers; for an anonymous session only those of closed sections. */
	notApplicable: NotApplicableAnswer[];
	anonymous: boolean;
}

const round = (n: number | null, places: number) =>
	n === null ? null : Math.round(n * 10 ** places) / 10 ** places;

function sheetName(text: string): string {
	return text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export function workbookSheets(input: WorkbookInput): Sheet[] {
	const { locale } = input;
	const t = serverT(locale);
	const h = (key: string) => t(`workbook.columns.${key}`);
	const items = new Map<string, { item: Item; lens: ScoredQuestionnaire }>(
		input.lenses.flatMap((lens) => lens.items.map((item) => [item.id, { item, lens }] as const))
	);
	const lensTitle = (id: string) => input.lenses.find((l) => l.id === id)?.title[locale] ?? id;
	const itemTitle = (id: string) => items.get(id)?.item.title[locale] ?? id;
	const statementText = (item: string, statement: string) =>
		items.get(item)?.item.statements.find((s) => s.id === statement)?.text[locale] ?? statement;

	const agreedLens = new Map(input.agreed.lenses.map((l) => [l.id, l]));
	const agreedItem = new Map(input.agreed.lenses.flatMap((l) => l.items.map((i) => [i.id, i])));
	const projectedLens = new Map(input.projection.lenses.map((l) => [l.id, l]));
	const projectedItem = new Map(
		input.projection.lenses.flatMap((l) => l.items.map((i) => [i.id, i]))
	);
	const lifted = new Map(input.projection.lifted.map((l) => [l.statement, l.to]));

	const { report } = input;
	const overview: Sheet = {
		name: sheetName(t('workbook.sheets.overview')),
		columns: [
			{ header: h('what'), kind: 'text' },
			{ header: h('value'), kind: 'text' }
		],
		rows: [
			[h('organisation'), report.organisation],
			[h('assessment'), report.assessment],
			[h('date'), locale === 'fa' ? jalaliStamp(report.date) : report.date],
			[h('facilitator'), report.facilitator],
			[h('respondents'), report.respondents],
			[h('index'), round(input.crowd.index, 1)],
			[h('band'), report.readiness.band],
			[h('confidence'), round(input.crowd.confidence, 2)],
			[h('target'), round(input.crowd.target, 1)],
			[h('gap'), round(input.crowd.gap, 1)],
			[h('projected'), round(input.projection.index, 1)],
			[h('agreed'), round(input.agreed.index, 1)],
			[h('anonymous'), t(input.anonymous ? 'workbook.yes' : 'workbook.no')]
		]
	};

	const coverage = [
		{ header: h('n'), kind: 'integer' },
		{ header: h('dont_know'), kind: 'integer' },
		{ header: h('not_applicable'), kind: 'integer' },
		{ header: h('confidence'), kind: 'share' }
	] satisfies Column[];

	const lensSheet: Sheet = {
		name: sheetName(t('workbook.sheets.lenses')),
		columns: [
			{ header: h('lens'), kind: 'text' },
			...coverage,
			{ header: h('current_score'), kind: 'score' },
			{ header: h('target_score'), kind: 'score' },
			{ header: h('gap_points'), kind: 'score' },
			{ header: h('projected_score'), kind: 'score' },
			{ header: h('agreed_score'), kind: 'score' }
		],
		rows: input.crowd.lenses.map((l) => [
			lensTitle(l.id),
			l.known,
			l.dontKnow,
			l.notApplicable,
			round(l.confidence, 2),
			round(l.score, 1),
			round(l.target, 1),
			round(l.gap, 1),
			round(projectedLens.get(l.id)?.score ?? null, 1),
			round(agreedLens.get(l.id)?.score ?? null, 1)
		])
	};

	const itemSheet: Sheet = {
		name: sheetName(t('workbook.sheets.items')),
		columns: [
			{ header: h('lens'), kind: 'text' },
			{ header: h('item'), kind: 'text' },
			...coverage,
			{ header: h('current_score'), kind: 'score' },
			{ header: h('current_level'), kind: 'level' },
			{ header: h('target_level'), kind: 'level' },
			{ header: h('gap_levels'), kind: 'level' },
			{ header: h('projected_level'), kind: 'level' },
			{ header: h('agreed_level'), kind: 'level' }
		],
		rows: input.crowd.lenses.flatMap((l) =>
			l.items.map((it) => [
				lensTitle(l.id),
				itemTitle(it.id),
				it.known,
				it.dontKnow,
				it.notApplicable,
				round(it.confidence, 2),
				round(it.score, 1),
				round(it.level, 2),
				it.target,
				round(it.gap, 2),
				round(projectedItem.get(it.id)?.level ?? null, 2),
				round(agreedItem.get(it.id)?.level ?? null, 2)
			])
		)
	};

	const statementSheet: Sheet = {
		name: sheetName(t('workbook.sheets.statements')),
		columns: [
			{ header: h('lens'), kind: 'text' },
			{ header: h('item'), kind: 'text' },
			{ header: h('statement'), kind: 'long' },
			{ header: h('n'), kind: 'integer' },
			...[0, 1, 2, 3, 4].map((level) => ({
				header: t('workbook.columns.at_level', { level: digits(locale, level) }),
				kind: 'integer' as const
			})),
			{ header: h('dont_know'), kind: 'integer' },
			{ header: h('not_applicable'), kind: 'integer' },
			{ header: h('mean'), kind: 'level' },
			{ header: h('spread'), kind: 'spread' },
			{ header: h('target_level'), kind: 'level' },
			{ header: h('gap_levels'), kind: 'level' },
			{ header: h('projected_level'), kind: 'level' },
			{ header: h('agreed_level'), kind: 'level' }
		],
		rows: input.crowd.lenses.flatMap((l) =>
			l.items.flatMap((it) => {
				const agreedStatements = new Map(
					agreedItem.get(it.id)?.statements.map((s) => [s.id, s]) ?? []
				);
				return it.statements.map((s) => {
					const agreed = agreedStatements.get(s.id);
					const base = agreed?.level ?? s.mean;
					const raised = lifted.get(`${it.id}/${s.id}`);
					const projected = base === null ? (raised ?? null) : Math.max(base, raised ?? base);
					return [
						lensTitle(l.id),
						itemTitle(it.id),
						statementText(it.id, s.id),
						s.known,
						...s.distribution,
						s.dontKnow,
						s.notApplicable,
						round(s.mean, 2),
						round(s.sd, 2),
						it.target,
						s.mean === null ? null : round(Math.max(0, it.target - s.mean), 2),
						round(projected, 2),
						s.agreed
					];
				});
			})
		)
	};

	return [
		overview,
		lensSheet,
		itemSheet,
		statementSheet,
		planSheet(input.plan, locale),
		goalsSheet(report, locale),
		notApplicableSheet(input, {
			lensOf: (item) => lensTitle(items.get(item)?.lens.id ?? ''),
			itemTitle,
			statementText
		})
	];
}

/** A whole number written in the language's digits (for text cells; numbers stay numbers). */
function digits(locale: Locale, n: number): string {
	return locale === 'fa'
		? String(n).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + +d))
		: String(n);
}

/** Every action the plan page shows, prioritised list first, then the change-management plan. */
export function planActions(plan: PlanView): ActionView[] {
	return [...plan.phases.flatMap((p) => p.actions), ...plan.change.flatMap((c) => c.actions)];
}

/** The plan's actions: also the plan's CSV download (csv.ts). */
export function planSheet(plan: PlanView, locale: Locale): Sheet {
	const t = serverT(locale);
	const h = (key: string) => t(`workbook.columns.${key}`);
	const actions = planActions(plan);
	const number = new Map(actions.map((a, i) => [a.id, i + 1]));
	return {
		name: sheetName(t('workbook.sheets.plan')),
		columns: [
			{ header: h('number'), kind: 'integer' },
			{ header: h('phase'), kind: 'text' },
			{ header: h('action'), kind: 'long' },
			{ header: h('from'), kind: 'text' },
			{ header: h('owner_role'), kind: 'text' },
			{ header: h('owner'), kind: 'text' },
			{ header: h('deliverable'), kind: 'long' },
			{ header: h('effort'), kind: 'text' },
			{ header: h('quick_win'), kind: 'text' },
			{ header: h('depends_on'), kind: 'text' },
			{ header: h('due'), kind: 'date' },
			...(locale === 'fa' ? [{ header: h('due_jalali'), kind: 'text' as const }] : []),
			{ header: h('due_derived'), kind: 'text' },
			{ header: h('status'), kind: 'text' }
		],
		rows: actions.map((a) => {
			const due = a.due ?? a.derivedDue;
			return [
				number.get(a.id) ?? null,
				t(`plan.phase.${a.phase}`),
				a.text,
				a.source ?? (a.element ? t(`plan.change.element.${a.element}`) : t('plan.action.added')),
				a.ownerRole ? t(`plan.gap.role.${a.ownerRole}`) : '',
				a.owner,
				a.deliverable,
				a.effort ? t(`plan.effort.${a.effort}`) : '',
				a.quickWin ? t('workbook.yes') : '',
				a.dependencies
					.flatMap((d) => {
						const n = number.get(d.id);
						return n === undefined ? [] : [digits(locale, n)];
					})
					.join(locale === 'fa' ? '، ' : ', '),
				due,
				...(locale === 'fa' ? [due ? jalaliStamp(due) : ''] : []),
				a.due ? '' : t('workbook.yes'),
				t(`plan.status.${a.status}`)
			];
		})
	};
}

function goalsSheet(report: RoadmapData, locale: Locale): Sheet {
	const t = serverT(locale);
	const h = (key: string) => t(`workbook.columns.${key}`);
	return {
		name: sheetName(t('workbook.sheets.goals')),
		columns: [
			{ header: h('goal'), kind: 'long' },
			{ header: h('kpi'), kind: 'text' },
			{ header: h('measurement'), kind: 'long' },
			{ header: h('baseline'), kind: 'long' },
			{ header: h('goal_target'), kind: 'text' },
			{ header: h('owner'), kind: 'text' },
			{ header: h('date'), kind: 'date' },
			...(locale === 'fa' ? [{ header: h('due_jalali'), kind: 'text' as const }] : [])
		],
		rows: report.goals.map((g) => [
			g.goal,
			g.kpi,
			g.measurement,
			g.baseline,
			g.target,
			g.owner,
			g.date,
			...(locale === 'fa' ? [jalaliStamp(g.date)] : [])
		])
	};
}

/**
 * Not applicable answers with their reasons. A named session lists each answer with the role
 * layer of who gave it; an anonymous one has no row per person: the answers are counted by
 * statement and reason, with their notes in a fixed (sorted) order.
 */
function notApplicableSheet(
	input: WorkbookInput,
	names: {
		lensOf: (item: string) => string;
		itemTitle: (item: string) => string;
		statementText: (item: string, statement: string) => string;
	}
): Sheet {
	const t = serverT(input.locale);
	const h = (key: string) => t(`workbook.columns.${key}`);
	const where = (a: NotApplicableAnswer) => [
		names.lensOf(a.item),
		names.itemTitle(a.item),
		names.statementText(a.item, a.statement)
	];
	const reason = (a: NotApplicableAnswer) => t(`results.na.reasons.${a.reason}`);
	const head: Column[] = [
		{ header: h('lens'), kind: 'text' },
		{ header: h('item'), kind: 'text' },
		{ header: h('statement'), kind: 'long' },
		{ header: h('reason'), kind: 'text' }
	];
	const name = sheetName(t('workbook.sheets.not_applicable'));
	if (!input.anonymous)
		return {
			name,
			columns: [
				...head,
				{ header: h('note'), kind: 'long' },
				{ header: h('role_layer'), kind: 'text' }
			],
			rows: input.notApplicable.map((a) => [
				...where(a),
				reason(a),
				a.note ?? '',
				t(`report.role.${a.role}`)
			])
		};
	const groups = new Map<string, { first: NotApplicableAnswer; count: number; notes: string[] }>();
	for (const a of input.notApplicable) {
		const key = `${a.item}/${a.statement}/${a.reason}`;
		const group = groups.get(key) ?? { first: a, count: 0, notes: [] };
		group.count++;
		if (a.note) group.notes.push(a.note);
		groups.set(key, group);
	}
	return {
		name,
		columns: [
			...head,
			{ header: h('count'), kind: 'integer' },
			{ header: h('notes'), kind: 'long' }
		],
		rows: [...groups.values()].map((g) => [
			...where(g.first),
			reason(g.first),
			g.count,
			[...g.notes].sort().join('\n')
		])
	};
}
