// Each score's trend across milestones: the values in time order and the change from the first
// milestone that knew the score to the last. Keys: 'index', 'lens:<id>', 'item:<id>' (lens and
// item ids are separate namespaces in the questionnaires).
import type { MilestoneSummary } from './summary';

export type TrendKey = 'index' | `lens:${string}` | `item:${string}`;

export function trendScores(
	index: number | null,
	summary: Pick<MilestoneSummary, 'lenses' | 'items'>
): Record<TrendKey, number | null> {
	const scores: Record<TrendKey, number | null> = { index };
	for (const [id, v] of Object.entries(summary.lenses)) scores[`lens:${id}`] = v;
	for (const [id, v] of Object.entries(summary.items)) scores[`item:${id}`] = v;
	return scores;
}

export interface TrendRow {
	key: TrendKey;
	values: (number | null)[];
	/** Last known value minus the first; null unless two milestones know the score. */
	change: number | null;
}

export function trendRows(
	points: readonly { scores: Readonly<Record<string, number | null>> }[],
	keys: readonly TrendKey[]
): TrendRow[] {
	return keys.map((key) => {
		const values = points.map((p) => p.scores[key] ?? null);
		const known = values.filter((v): v is number => v !== null);
		const first = known[0];
		const last = known[known.length - 1];
		return {
			key,
			values,
			change: known.length >= 2 && first !== undefined && last !== undefined ? last - first : null
		};
	});
}
