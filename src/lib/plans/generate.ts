// The plan generator: a pure function from an assessment's results and the content it pinned
// to a plan. docs/plan.md states the rules with a worked example.
import type { Action, Item, WorksheetQuestionnaire } from '$lib/questionnaires/schema';
import type { ItemResult } from '$lib/scoring';
import { changePlan } from './change';
import { below, markQuickWins, phaseFor, priority, rank } from './priority';
import { scopeGuard } from './scope';
import { bilingual } from './text';
import type { GeneratedPlan, GoalSeed, PlanSource, Suggestion, SuggestionKind } from './types';

export function generatePlan(source: PlanSource): GeneratedPlan {
	return {
		actions: rank(markQuickWins(itemSuggestions(source))),
		change: changePlan(source),
		scope: scopeGuard(source),
		goals: seedGoals(source.goals)
	};
}

function suggestion(
	item: Item,
	result: ItemResult,
	kind: SuggestionKind,
	action: Pick<Action, 'id' | 'text' | 'effort'>,
	gap: number
): Suggestion {
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
		phase
	};
}

function itemSuggestions({ result, lenses }: PlanSource): Suggestion[] {
	const items = new Map(lenses.flatMap((l) => l.items.map((i) => [i.id, i])));
	const out = new Map<string, Suggestion>();
	for (const r of result.lenses.flatMap((l) => l.items)) {
		const item = items.get(r.id);
		if (!item) continue;
		const add = (s: Suggestion) => {
			if (!out.has(s.key)) out.set(s.key, s);
		};
		if (r.tier === null || r.gap === null) {
			// Nobody knew: finding out is the first action, weighed as one level at stake.
			if (r.dontKnow > 0) {
				const text = bilingual('plan.generated.find_out', (l) => ({ item: item.title[l] }));
				add(suggestion(item, r, 'unknown', { id: 'find-out', text, effort: 'quick' }, 1));
			}
			continue;
		}
		for (const a of item.actions[r.tier]) add(suggestion(item, r, 'action', a, r.gap));
		for (const [a, gap] of weakStatementActions(item, r))
			add(suggestion(item, r, 'action', a, gap));
		if (r.risk && item.risk)
			for (const a of item.risk.prevention[r.risk.level])
				add(suggestion(item, r, 'prevention', a, r.gap));
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
