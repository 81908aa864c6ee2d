// The plan page sends each action without the fields that hold their default (null, false, '',
// []): a third of the page's data at the demo's size (issue 14 §7). `fill` restores them.
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

type Optional = keyof typeof DEFAULTS;
export type LeanAction = Omit<ActionView, Optional> & Partial<Pick<ActionView, Optional>>;
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
	return {
		...plan,
		phases: plan.phases.map((p) => ({ ...p, actions: p.actions.map(leanAction) })),
		change: plan.change.map((c) => ({ ...c, actions: c.actions.map(leanAction) }))
	};
}

export function fillPlan(plan: LeanPlan): PlanView {
	return {
		...plan,
		phases: plan.phases.map((p) => ({ ...p, actions: p.actions.map(fillAction) })),
		change: plan.change.map((c) => ({ ...c, actions: c.actions.map(fillAction) }))
	};
}
