// The plan page sends each action without the fields that hold their default (null, false, '',
// []): a third of the page's data at the demo's size (issue 14 §7). `fill` restores them. In a
// whole plan, an action in a phase's list leaves out its phase (the list's), and a dependency on
// another action of the plan leaves out that action's text (it is in the plan already).
import type { ActionView, PlanView } from './view';

const DEFAULTS = {
	added: false,
	recommended: null,
	source: null,
	effort: null,
	quickWin: false,
	element: null,
	owner: '',
	ownerRole: null,
	deliverable: '',
	dependencies: [],
	delayed: false,
	due: null,
	derivedDue: null,
	obsolete: false,
	first: false,
	last: false
} satisfies Partial<ActionView>;

type Optional = keyof typeof DEFAULTS | 'phase';
type LeanDependency = { id: string; text?: string };
export type LeanAction = Omit<ActionView, Optional> &
	Partial<Pick<ActionView, Exclude<Optional, 'dependencies'>>> & {
		dependencies?: LeanDependency[];
	};
export type LeanPlan = Omit<PlanView, 'phases' | 'change'> & {
	phases: { phase: PlanView['phases'][number]['phase']; actions: LeanAction[] }[];
	change: (Omit<PlanView['change'][number], 'actions'> & { actions: LeanAction[] })[];
};

const isDefault = (value: unknown) =>
	value === null || value === false || value === '' || (Array.isArray(value) && value.length === 0);

export function leanAction(a: ActionView): LeanAction {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(a))
		if (!(key in DEFAULTS) || !isDefault(value)) out[key] = value;
	return out as LeanAction;
}

export function fillAction(a: LeanAction): ActionView {
	return { ...DEFAULTS, ...a } as ActionView;
}

export function leanPlan(plan: PlanView): LeanPlan {
	const ids = new Set(
		[...plan.phases, ...plan.change].flatMap((group) => group.actions.map((a) => a.id))
	);
	const lean = (a: ActionView, inPhase: boolean): LeanAction => {
		const out = leanAction(a);
		if (inPhase) delete out.phase;
		if (out.dependencies)
			out.dependencies = out.dependencies.map((d) => (ids.has(d.id) ? { id: d.id } : d));
		return out;
	};
	return {
		...plan,
		phases: plan.phases.map((p) => ({ ...p, actions: p.actions.map((a) => lean(a, true)) })),
		change: plan.change.map((c) => ({ ...c, actions: c.actions.map((a) => lean(a, false)) }))
	};
}

export function fillPlan(plan: LeanPlan): PlanView {
	const texts = new Map(
		[...plan.phases, ...plan.change].flatMap((group) => group.actions.map((a) => [a.id, a.text]))
	);
	const fill = (a: LeanAction, phase?: ActionView['phase']): ActionView => {
		const full = fillAction(phase && !a.phase ? { ...a, phase } : a);
		full.dependencies = full.dependencies.map((d) => ({
			id: d.id,
			text: d.text ?? texts.get(d.id) ?? ''
		}));
		return full;
	};
	return {
		...plan,
		phases: plan.phases.map((p) => ({ ...p, actions: p.actions.map((a) => fill(a, p.phase)) })),
		change: plan.change.map((c) => ({ ...c, actions: c.actions.map((a) => fill(a)) }))
	};
}
