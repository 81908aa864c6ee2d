// The trend across milestones: one line per score, one point per milestone in time order.
// A score missing from a milestone (a lens not assessed then) leaves a gap, not a zero.
import { formatDate, type Locale } from '$lib/i18n/locale';
import type { LineSpec } from './types';

export interface TrendPoint {
	label: string;
	/** When the milestone was frozen. */
	date: Date | string;
	/** Scores by key ('index', a lens id or an item id). */
	scores: Readonly<Record<string, number | null>>;
}

/** "Label · date", the date in the reader's calendar (Persian for Persian readers). */
export function pointLabel(locale: Locale, point: Pick<TrendPoint, 'label' | 'date'>): string {
	return `${point.label} · ${formatDate(locale, point.date, 'short')}`;
}

export function trendSpec(
	locale: Locale,
	points: readonly TrendPoint[],
	lines: readonly { key: string; name: string }[]
): LineSpec {
	return {
		kind: 'line',
		categories: points.map((p) => pointLabel(locale, p)),
		series: lines.map((line) => ({
			name: line.name,
			values: points.map((p) => p.scores[line.key] ?? null)
		}))
	};
}
