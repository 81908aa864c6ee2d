// How a recommendation is ranked and scheduled. "Speed to cash" (DOMAIN 000, point 7): what
// returns the most readiness for the least effort comes first, and quick wins lead each phase.
import type { Effort } from '$lib/questionnaires/schema';
import { PHASES, type Phase, type SuggestionKind } from './types';

/** Relative cost of an effort level: a medium action is worth doing first only at twice the value. */
export const EFFORT_COST: Record<Effort, number> = { quick: 1, medium: 2, large: 4 };

/** Scores compare with the scoring engine's tolerance, so 1.5 up to float noise is 1.5. */
const EPS = 1e-9;
export const below = (value: number, threshold: number) => value < threshold - EPS;

/**
 * Index points at stake: closing an item's gap to level 3 raises its score by gap × 25, which
 * moves the readiness index by that times the item's share of the index.
 */
export function priority(gap: number, share: number): number {
	return gap * 25 * share;
}

export interface Scheduling {
	kind: SuggestionKind;
	effort: Effort;
	/** A blocker, or a cause rated HIGH. */
	urgent: boolean;
	/** Levels short of 3; 0 means the item is already practised consistently. */
	gap: number;
	/** For prevention actions: the risk level they were written for. */
	risk?: 'high' | 'medium' | 'low';
}

/**
 * Urgent work starts in the first 90 days whatever its effort. Sustaining work (an item at
 * level 3 or above, a LOW risk's prevention) waits for months 6–12. Otherwise the effort
 * decides: quick → first 90 days, medium → months 3–6, large → months 6–12; a MEDIUM risk's
 * prevention starts by months 3–6 at the latest.
 */
export function phaseFor(s: Scheduling): Phase {
	if (s.urgent) return 'first_90_days';
	if (s.kind === 'prevention' && s.risk === 'low') return 'months_6_12';
	if (s.kind === 'action' && s.gap <= EPS) return 'months_6_12';
	if (s.effort === 'quick') return 'first_90_days';
	if (s.effort === 'medium' || s.risk === 'medium') return 'months_3_6';
	return 'months_6_12';
}

type Candidate = { kind: SuggestionKind; effort: Effort; priority: number; phase: Phase };

/**
 * Quick wins: quick actions that can start at once and close a gap at least as large as the
 * plan's median (over the actions that close any gap). A quick action on a minor gap is
 * merely quick; naming it a win would dilute the few that pay for the preparation.
 */
export function markQuickWins<T extends Candidate>(
	list: readonly T[]
): (T & { quickWin: boolean })[] {
	const gains = list
		.filter((s) => (s.kind === 'action' || s.kind === 'prevention') && s.priority > EPS)
		.map((s) => s.priority)
		.sort((a, b) => a - b);
	const mid = gains.length / 2;
	const median =
		gains.length === 0
			? Infinity
			: gains.length % 2
				? (gains[Math.floor(mid)] as number)
				: ((gains[mid - 1] as number) + (gains[mid] as number)) / 2;
	return list.map((s) => ({
		...s,
		quickWin:
			(s.kind === 'action' || s.kind === 'prevention') &&
			s.effort === 'quick' &&
			s.phase === 'first_90_days' &&
			s.priority > EPS &&
			!below(s.priority, median)
	}));
}

interface Rankable {
	phase: Phase;
	quickWin: boolean;
	effort: Effort;
	priority: number;
}

/**
 * Phase order, then quick wins first, then value for effort (priority ÷ effort cost), then the
 * larger priority. Array.prototype.sort is stable, so full ties keep questionnaire order.
 */
export function rank<T extends Rankable>(list: readonly T[]): T[] {
	const value = (s: T) => s.priority / EFFORT_COST[s.effort];
	return [...list].sort(
		(a, b) =>
			PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
			Number(b.quickWin) - Number(a.quickWin) ||
			value(b) - value(a) ||
			b.priority - a.priority
	);
}
