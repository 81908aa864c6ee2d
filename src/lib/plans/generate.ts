// The plan generator: a pure function from an assessment's results and the content it pinned
// to a plan. docs/plan.md states the rules with a worked example.
import type { Action, ActionOwner, Item, WorksheetQuestionnaire } from '$lib/questionnaires/schema';
import type { ActionTier, ItemResult } from '$lib/scoring';
import type { Lift } from '$lib/scoring/projection';
import { changePlan } from './change';
import { dependencyOrder, findCycle, schedule } from './dependencies';
import { below, markQuickWins, phaseFor, priority, rank } from './priority';
import { scopeGuard } from './scope';
import { bilingual } from './text';
import type { GeneratedPlan, GoalSeed, PlanSource, Suggestion, SuggestionKind } from './types';

export function generatePlan(source: PlanSource): GeneratedPlan {
	return {
		actions: dependencyOrder(
			rank(markQuickWins(phased(itemSuggestions(source)))),
			(s) => s.key,
			(s) => s.after ?? []
		),
		change: changePlan(source),
		scope: scopeGuard(source),
		goals: seedGoals(source.goals)
	};
}

/** Lenses whose work is the executives' to own: strategy is decided at the top. */
const EXECUTIVE_LENSES = new Set(['strategic-planning']);

/** The level each tier's actions lead to: low → 2, mid → 3, high (sustain, improve) → 4. */
const NEXT_LEVEL: Record<ActionTier, number> = { low: 2, mid: 3, high: 4 };

/**
 * Who owns an action the content names no owner for: finding out is the specialists' work (they
 * know the facts); a critical item, or a lens of strategy, the executives'; the rest the middle
 * managers', who run the change (docs/plan.md).
 */
export function defaultOwner(kind: SuggestionKind, lens: string, item: Item): ActionOwner {
	if (kind === 'unknown') return 'specialist';
	if (item.critical || EXECUTIVE_LENSES.has(lens)) return 'executive';
	return 'middle_manager';
}

/**
 * What an action raises: the content's lifts (statements of its item), else every statement of
 * the item to the level its tier leads to. Finding out raises nothing.
 */
export function defaultLifts(
	kind: SuggestionKind,
	item: Item,
	tier: ActionTier | null,
	lifts: Action['lifts']
): Lift[] {
	if (kind === 'unknown' || tier === null) return [];
	if (lifts) return lifts.map((l) => ({ statement: `${item.id}/${l.statement}`, to: l.to }));
	return item.statements.map((s) => ({ statement: `${item.id}/${s.id}`, to: NEXT_LEVEL[tier] }));
}

interface Draft extends Suggestion {
	/** The questionnaire it comes from, and the action ids of it that it names as `after`. */
	lens: string;
	afterIds: readonly string[];
}

/**
 * Dependencies from the content's `after` (action ids of the same questionnaire) become keys of
 * this plan's recommendations; an `after` naming nothing in this plan is dropped, and so is an
 * edge that would close a cycle (the content check refuses those; this is the last guard). Then
 * no action is phased before what it depends on.
 */
function phased(drafts: Draft[]): Suggestion[] {
	const byAction = new Map<string, string[]>();
	for (const d of drafts) {
		if (d.kind !== 'action' && d.kind !== 'prevention') continue;
		const id = `${d.lens}/${d.key.slice(d.key.lastIndexOf('/') + 1)}`;
		byAction.set(id, [...(byAction.get(id) ?? []), d.key]);
	}
	const list: Suggestion[] = drafts.map(({ lens, afterIds, ...s }) => ({
		...s,
		after: [
			...new Set(
				afterIds.flatMap((a) => byAction.get(`${lens}/${a}`) ?? []).filter((k) => k !== s.key)
			)
		]
	}));
	for (let cycle = findCycle(nodes(list)); cycle; cycle = findCycle(nodes(list))) {
		const [from, to] = cycle.slice(-2) as [string, string];
		const s = list.find((x) => x.key === from) as Suggestion;
		s.after = (s.after ?? []).filter((k) => k !== to);
	}
	const phases = schedule(nodes(list));
	return list.map((s) => ({ ...s, phase: phases.get(s.key) ?? s.phase }));
}

const nodes = (list: Suggestion[]) =>
	list.map((s) => ({ id: s.key, phase: s.phase, after: s.after ?? [] }));

function suggestion(
	lens: string,
	item: Item,
	result: ItemResult,
	kind: SuggestionKind,
	action: Pick<Action, 'id' | 'text' | 'effort' | 'owner' | 'deliverable' | 'lifts' | 'after'>,
	gap: number
): Draft {
	// A critical item nobody could answer is as urgent as a blocker: it may well be one.
	const urgent =
		kind === 'unknown' ? result.critical : result.blocker || result.risk?.level === 'high';
	const p = priority(gap, result.share);
	const phase = phaseFor({ kind, effort: action.effort, urgent, gap, risk: result.risk?.level });
	return {
		key: `${kind}/${item.id}/${action.id}`,
		kind,
		text: action.text,
		source: item.title,
		item: item.id,
		element: null,
		effort: action.effort,
		priority: p,
		urgent,
		quickWin: false,
		phase,
		owner: action.owner ?? defaultOwner(kind, lens, item),
		deliverable: action.deliverable ?? action.text,
		lifts: defaultLifts(kind, item, result.tier, action.lifts),
		lens,
		afterIds: action.after ?? []
	};
}

function itemSuggestions({ result, lenses }: PlanSource): Draft[] {
	const items = new Map(lenses.flatMap((l) => l.items.map((i) => [i.id, i])));
	const out = new Map<string, Draft>();
	for (const [lens, r] of result.lenses.flatMap((l) => l.items.map((i) => [l.id, i] as const))) {
		const item = items.get(r.id);
		if (!item) continue;
		const add = (s: Draft) => {
			if (!out.has(s.key)) out.set(s.key, s);
		};
		if (r.tier === null || r.gap === null) {
			// Nobody knew: finding out is the first action, weighed as one level at stake.
			if (r.dontKnow > 0) {
				const text = bilingual('plan.generated.find_out', (l) => ({ item: item.title[l] }));
				add(suggestion(lens, item, r, 'unknown', { id: 'find-out', text, effort: 'quick' }, 1));
			}
			continue;
		}
		for (const a of item.actions[r.tier]) add(suggestion(lens, item, r, 'action', a, r.gap));
		for (const [a, gap] of weakStatementActions(item, r))
			add(suggestion(lens, item, r, 'action', a, gap));
		if (r.risk && item.risk)
			for (const a of item.risk.prevention[r.risk.level])
				add(suggestion(lens, item, r, 'prevention', a, r.gap));
	}
	return [...out.values()];
}

const TIERS = ['low', 'mid', 'high'] as const;
/** The tier a statement's own mean would put an item in (the engine's cut points 2 and 3). */
const tierOf = (mean: number) => (below(mean, 2) ? 0 : below(mean, 3) ? 1 : 2);

/**
 * The weakest-statement rule (docs/plan.md): a statement whose own mean is in a lower tier than
 * its item's also brings the actions of that lower tier and any tier between that lift it
 * (`lifts`); content without `lifts` (version 1) brings all the actions of those tiers. Each is weighed
 * by the statement's own shortfall to the item's target, in item levels (its weight's share).
 */
function weakStatementActions(item: Item, r: ItemResult): [Action, number][] {
	const itemTier = TIERS.indexOf(r.tier ?? 'low');
	const total = item.statements.reduce((sum, s) => sum + s.weight, 0);
	const found: [Action, number][] = [];
	for (const s of r.statements) {
		const statement = item.statements.find((x) => x.id === s.id);
		if (s.mean === null || !statement) continue;
		const own = tierOf(s.mean);
		if (own >= itemTier) continue;
		const gap = (Math.max(0, r.target - s.mean) * statement.weight) / total;
		const tiers = TIERS.slice(own, itemTier).map((t) => item.actions[t]);
		const lifting = tiers.flat().filter((a) => a.lifts?.some((l) => l.statement === s.id));
		const anyLifts = TIERS.some((t) => item.actions[t].some((a) => a.lifts !== undefined));
		for (const a of anyLifts ? lifting : tiers.flat()) found.push([a, gap]);
	}
	return found;
}

/** Every suggestion: the prioritised list, then the change-management actions by element. */
export function allSuggestions(plan: GeneratedPlan): Suggestion[] {
	return [...plan.actions, ...plan.change.flatMap((e) => e.actions)];
}

/** One row per goal of the pinned worksheet, starting from the goal's first KPI template. */
export function seedGoals(goals: WorksheetQuestionnaire | null): GoalSeed[] {
	return (goals?.goals ?? []).flatMap((g) =>
		g.kpis[0] ? [{ goal: g.id, kpi: g.kpis[0].id }] : []
	);
}
