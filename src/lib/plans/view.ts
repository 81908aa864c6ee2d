// The plan as people read it, in one language: what a person set wins over the recommendation,
// removed recommendations are left out, and every list is in its stored order. The editor page
// and the PDF roadmap both read this.
import { phaseEnd } from './due';
import type { Locale } from '$lib/i18n/locale';
import { allSuggestions } from '$lib/plans/generate';
import {
	CHANGE_ELEMENTS,
	PHASES,
	type ActionStatus,
	type ChangeElement,
	type ElementStatus,
	type GeneratedPlan,
	type Phase,
	type ScopeDimension,
	type ScopeStatus
} from '$lib/plans/types';
import type { ActionOwner, Effort, WorksheetQuestionnaire } from '$lib/questionnaires/schema';
import { rowDependencies, rowPhases } from './dependencies';
import type { ActionRow, Generated, GoalRow } from '$lib/plans/types';

export interface PlanState {
	generated: Generated;
	actions: ActionRow[];
	goals: GoalRow[];
	generatedAt: Date;
	/** When the plan was first made: the start of the programme its phases count from. */
	createdAt: Date;
}

export interface ActionView {
	id: string;
	version: number;
	/** Added by a person rather than recommended. */
	added: boolean;
	text: string;
	/** The recommended wording, when a person has changed it. */
	recommended: string | null;
	phase: Phase;
	source: string | null;
	effort: Effort | null;
	quickWin: boolean;
	element: ChangeElement | null;
	owner: string;
	/** The role layer that owns it (a person's choice, else the recommendation's). */
	ownerRole: ActionOwner | null;
	/** What exists when it is done; empty when it is the action's own wording. */
	deliverable: string;
	/** The actions it depends on, in plan order. */
	dependencies: { id: string; text: string }[];
	/** Its phase was moved later than set, to follow an action it depends on. */
	delayed: boolean;
	due: string | null;
	/** Without a due date: the end of its phase, as the roadmap prints it (marked as derived). */
	derivedDue: string | null;
	status: ActionStatus;
	/** The latest results no longer lead to this recommendation. */
	obsolete: boolean;
	first: boolean;
	last: boolean;
}

export interface GoalView {
	id: string;
	version: number;
	goal: string;
	kpi: string;
	/** The goal's KPI templates, to pick from. */
	kpis: string[];
	measurement: string;
	baseline: string;
	/** How to establish the baseline, from the template. */
	baselineHint: string;
	target: string;
	unit: string;
	owner: string;
	due: string | null;
	/** Figures from the customer register that bear on this goal. */
	evidence: string[];
}

export interface PlanView {
	phases: { phase: Phase; actions: ActionView[] }[];
	change: {
		element: ChangeElement;
		status: ElementStatus;
		why: string;
		actions: ActionView[];
	}[];
	scope: { dimension: ScopeDimension; status: ScopeStatus; note: string | null }[];
	goals: GoalView[];
	generatedAt: string;
}

/** A plan never stored (the PDF of an assessment whose plan page nobody opened): as generated. */
export function stateFromGenerated(plan: GeneratedPlan, now: Date): PlanState {
	return {
		generated: { change: plan.change, scope: plan.scope },
		actions: allSuggestions(plan).map((s, i) => ({
			id: s.key,
			key: s.key,
			element: s.element,
			position: i + 1,
			suggested: s,
			text: null,
			phase: null,
			owner: null,
			ownerRole: null,
			deliverable: null,
			dependsOn: null,
			due: null,
			status: 'planned',
			obsolete: false,
			removed: false,
			version: 0
		})),
		goals: plan.goals.map((g, i) => ({
			id: g.goal,
			goal: g.goal,
			kpiId: g.kpi,
			kpi: null,
			measurement: null,
			baseline: null,
			target: null,
			owner: null,
			due: null,
			version: i
		})),
		generatedAt: now,
		createdAt: now
	};
}

interface Schedule {
	/** When the plan started: a phase's end is counted from it. */
	start: Date;
	phases: Map<string, Phase>;
	deps: Map<string, string[]>;
	text: Map<string, string>;
}

function actionViews(rows: ActionRow[], locale: Locale, plan: Schedule): ActionView[] {
	return rows.map((r, i) => {
		const s = r.suggested;
		const recommended = s?.text[locale] ?? null;
		const own = r.phase ?? s?.phase ?? 'first_90_days';
		const phase = plan.phases.get(r.id) ?? own;
		const text = r.text ?? recommended ?? '';
		const deliverable = r.deliverable ?? s?.deliverable?.[locale] ?? '';
		return {
			id: r.id,
			version: r.version,
			added: r.key === null,
			text,
			recommended: r.text !== null && recommended !== r.text ? recommended : null,
			phase,
			source: s?.source[locale] ?? null,
			effort: s?.effort ?? null,
			quickWin: s?.quickWin ?? false,
			element: r.element,
			owner: r.owner?.name ?? '',
			ownerRole: r.ownerRole ?? s?.owner ?? null,
			deliverable: deliverable === text || deliverable === recommended ? '' : deliverable,
			dependencies: (plan.deps.get(r.id) ?? []).map((id) => ({
				id,
				text: plan.text.get(id) ?? ''
			})),
			delayed: phase !== own,
			due: r.due,
			derivedDue: r.due ? null : phaseEnd(plan.start, phase),
			status: r.status,
			obsolete: r.obsolete,
			first: i === 0,
			last: i === rows.length - 1
		};
	});
}

function goalViews(
	rows: GoalRow[],
	worksheet: WorksheetQuestionnaire | null,
	locale: Locale,
	evidence: Record<string, string[]>
): GoalView[] {
	return rows.flatMap((row) => {
		const goal = worksheet?.goals.find((g) => g.id === row.goal);
		const template = goal?.kpis.find((k) => k.id === row.kpiId) ?? goal?.kpis[0];
		if (!goal || !template) return [];
		return [
			{
				id: row.id,
				version: row.version,
				goal: goal.title[locale],
				kpi: row.kpi ?? template.name[locale],
				kpis: goal.kpis.map((k) => k.name[locale]),
				measurement: row.measurement ?? template.measurement[locale],
				baseline: row.baseline ?? '',
				baselineHint: template.baseline[locale],
				target: row.target ?? template.target[locale],
				unit: template.unit[locale],
				owner: row.owner?.name ?? '',
				due: row.due,
				evidence: evidence[goal.id] ?? []
			}
		];
	});
}

export function planView(
	state: PlanState,
	worksheet: WorksheetQuestionnaire | null,
	locale: Locale,
	evidence: Record<string, string[]> = {}
): PlanView {
	const visible = state.actions.filter((a) => !a.removed);
	// No action is shown before one it depends on: its phase moves later if need be.
	const schedule: Schedule = {
		start: state.createdAt,
		phases: rowPhases(visible),
		deps: rowDependencies(visible),
		text: new Map(visible.map((a) => [a.id, a.text ?? a.suggested?.text[locale] ?? '']))
	};
	const phaseOf = (a: ActionRow) => schedule.phases.get(a.id) ?? a.phase ?? a.suggested?.phase;
	const main = visible.filter((a) => a.element === null);
	return {
		phases: PHASES.map((phase) => ({
			phase,
			actions: actionViews(
				main.filter((a) => phaseOf(a) === phase),
				locale,
				schedule
			)
		})),
		change: CHANGE_ELEMENTS.map((element) => {
			const generated = state.generated.change.find((c) => c.element === element);
			const own = visible.filter((a) => a.element === element);
			return {
				element,
				status: generated?.status ?? 'unknown',
				why: generated?.why[locale] ?? '',
				// Each phase is its own list for reordering, as in the prioritised list.
				actions: PHASES.flatMap((phase) =>
					actionViews(
						own.filter((a) => phaseOf(a) === phase),
						locale,
						schedule
					)
				)
			};
		}),
		scope: state.generated.scope.map((r) => ({
			dimension: r.dimension,
			status: r.status,
			note: r.note?.[locale] ?? null
		})),
		goals: goalViews(state.goals, worksheet, locale, evidence),
		generatedAt: state.generatedAt.toISOString()
	};
}
