// How much people disagree about a statement: the spread of all answers and the largest gap
// between role layers, put on one 0–1 scale so the facilitator gets a single ordering.
import type { DiscussionEntry, RoleGap, RoleLayer } from './types';
import { ROLE_LAYERS } from './types';

/**
 * The largest difference between the layers' mean levels, highest minus lowest; null with fewer
 * than two layers answering. On equal means the earlier layer in ROLE_LAYERS is named.
 */
export function roleGap(means: Record<RoleLayer, number | null>): RoleGap | null {
	let high: RoleLayer | null = null;
	let low: RoleLayer | null = null;
	let layers = 0;
	for (const role of ROLE_LAYERS) {
		const mean = means[role];
		if (mean === null) continue;
		layers += 1;
		if (high === null || mean > (means[high] ?? 0)) high = role;
		if (low === null || mean < (means[low] ?? 0)) low = role;
	}
	if (layers < 2 || high === null || low === null) return null;
	return { gap: (means[high] ?? 0) - (means[low] ?? 0), high, low };
}

/**
 * sd / 2 and gap / 4 both reach 1 at the widest split the 0–4 scale allows, and agree when two
 * equal-sized layers answer uniformly apart; the larger of the two is reported, so a lone layer
 * that sees things differently is not averaged away by a large, unanimous majority.
 */
export function disagreement(sd: number | null, gap: RoleGap | null): number {
	return Math.max((sd ?? 0) / 2, (gap?.gap ?? 0) / 4);
}

// Two statements whose spread differs only by floating-point noise are tied, so the order
// never depends on the order of additions.
const TIE = 1e-9;
const compare = (a: number, b: number) => (Math.abs(a - b) < TIE ? 0 : b - a);

/** Most disputed first; ties by spread, then questionnaire order (the input order). */
export function discussionList(entries: DiscussionEntry[]): DiscussionEntry[] {
	return entries
		.map((entry, order) => ({ entry, order }))
		.sort(
			(a, b) =>
				compare(a.entry.disagreement, b.entry.disagreement) ||
				compare(a.entry.sd, b.entry.sd) ||
				a.order - b.order
		)
		.map(({ entry }) => entry);
}
