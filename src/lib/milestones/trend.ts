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
	/**
	 * Last known value minus the first, as the figures are shown (whole numbers), so that a
	 * reader who subtracts the two figures finds the change printed beside them (34.6 → 46.4 is
	 * shown 35 → 46, so +11, never the +12 of the unrounded difference). Null unless two milestones know the score.
	 */
	change: number | null;
}

/** A score as it is shown: a whole number, halves away from zero (as Intl rounds). */
export function shownScore(value: number): number {
	return Math.sign(value) * Math.round(Math.abs(value));
}

/** The change between two scores as shown: the difference of the figures a reader sees. */
export function shownChange(first: number, last: number): number {
	return shownScore(last) - shownScore(first) || 0;
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
			change:
				known.length >= 2 && first !== undefined && last !== undefined
					? shownChange(first, last)
					: null
		};
	});
}
