// The roadmap's plan sections from the plan as people left it: the actions by phase, the goals
// worksheet, the change-management plan and the scope guard.
import type {
	ActionStatus as ReportStatus,
	ChangeElementPlan,
	GoalRow,
	PlanAction,
	ScopeRow
} from '../document/data';
import { addMonths, phaseEnd } from '$lib/plans/due';
import type { ActionStatus } from '$lib/plans/types';
import { planView, type ActionView } from '$lib/plans/view';
import type { Ctx } from './input';

const STATUS: Record<Exclude<ActionStatus, 'dropped'>, ReportStatus> = {
	planned: 'not_started',
	in_progress: 'in_progress',
	done: 'done'
};

/**
 * What the roadmap prints: dropped actions are left out, and so are recommendations the latest
 * results no longer support unless someone has started on them.
 */
const printed = (a: ActionView) =>
	a.status !== 'dropped' && !(a.obsolete && a.status === 'planned');

export function planSections(ctx: Ctx) {
	const { plan } = ctx.input;
	const view = planView(plan, ctx.input.content.goals, ctx.locale, ctx.input.evidence);
	// RoadmapData needs a date for every row: without one, the end of the action's phase, the
	// date the plan page shows as derived (ActionView.derivedDue).
	const due = (a: ActionView) => a.due ?? a.derivedDue ?? phaseEnd(plan.createdAt, a.phase);
	const status = (a: ActionView) => STATUS[a.status as keyof typeof STATUS];

	const actions: PlanAction[] = view.phases.flatMap((p) =>
		p.actions.filter(printed).map((a) => ({
			phase: p.phase,
			action: a.text,
			source: a.source ?? ctx.t('plan.report.added'),
			owner: a.owner,
			due: due(a),
			status: status(a),
			quickWin: a.quickWin && !a.obsolete
		}))
	);
	const goals: GoalRow[] = view.goals.map((g) => ({
		goal: g.goal,
		kpi: g.kpi,
		measurement: g.measurement,
		baseline: [g.baseline || g.baselineHint, ...g.evidence].join('\n'),
		target: g.target,
		owner: g.owner,
		date: g.due ?? addMonths(plan.createdAt, 12)
	}));
	const changePlan: ChangeElementPlan[] = view.change.map((e) => ({
		element: e.element,
		why: e.why,
		actions: e.actions.filter(printed).map((a) => ({ action: a.text, owner: a.owner, due: due(a) }))
	}));
	// The report has no "unknown": not knowing the scope is itself a reason to watch it.
	const scope: ScopeRow[] = view.scope.map((r) => ({
		dimension: r.dimension,
		status: r.status === 'unknown' ? 'watch' : r.status,
		note: r.note ?? ctx.t('plan.scope.unknown_note')
	}));
	return { plan: actions, goals, changePlan, scope };
}
