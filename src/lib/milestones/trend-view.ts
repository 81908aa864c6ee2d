// The milestones page's trend: the lineage's milestones as points, and one row per score with
// its title in the reader's language. Titles come from the pinned content of the assessments in
// the lineage — the newest version that knows an id wins — so a renamed item keeps one row.
import type { Locale } from '$lib/i18n/locale';
import type { PinnedContent } from '$lib/server/assessments/content';
import { readSummary } from './summary';
import { trendRows, trendScores, type TrendKey } from './trend';

export interface LineageMilestone {
	id: string;
	assessment_id: string;
	assessment_title: string;
	label: string;
	readiness_index: number | null;
	summary: unknown;
	created_at: Date;
}

export interface TrendView {
	points: {
		id: string;
		label: string;
		date: Date;
		assessment: { id: string; title: string };
		scores: Record<string, number | null>;
	}[];
	/** The index and the lenses: what the line chart draws. */
	headline: { key: TrendKey; title: string; values: (number | null)[]; change: number | null }[];
	/** Items, grouped under their lens. */
	items: {
		lens: string;
		rows: { key: TrendKey; title: string; values: (number | null)[]; change: number | null }[];
	}[];
}

export function trendView(
	milestones: readonly LineageMilestone[],
	contents: readonly Pick<PinnedContent, 'lenses'>[],
	locale: Locale,
	indexTitle: string
): TrendView {
	const points = milestones.map((m) => ({
		id: m.id,
		label: m.label,
		date: m.created_at,
		assessment: { id: m.assessment_id, title: m.assessment_title },
		scores: trendScores(m.readiness_index, readSummary(m.summary))
	}));
	const known = new Set(points.flatMap((p) => Object.keys(p.scores)));
	const lensTitles = new Map<string, string>();
	const itemsOf = new Map<string, Map<string, string>>();
	// Oldest content first, so newer titles overwrite older ones.
	for (const content of contents)
		for (const lens of content.lenses) {
			lensTitles.set(lens.id, lens.title[locale]);
			const items = itemsOf.get(lens.id) ?? new Map<string, string>();
			for (const item of lens.items) items.set(item.id, item.title[locale]);
			itemsOf.set(lens.id, items);
		}
	const rows = (entries: [TrendKey, string][]) =>
		trendRows(
			points,
			entries.map(([k]) => k)
		).map((row, i) => ({ ...row, title: entries[i]?.[1] ?? row.key }));

	const lensEntries = [...lensTitles]
		.filter(([id]) => known.has(`lens:${id}`))
		.map(([id, title]): [TrendKey, string] => [`lens:${id}`, title]);
	return {
		points,
		headline: rows([['index', indexTitle], ...lensEntries]),
		items: [...itemsOf]
			.map(([lens, items]) => ({
				lens: lensTitles.get(lens) ?? lens,
				rows: rows(
					[...items]
						.filter(([id]) => known.has(`item:${id}`))
						.map(([id, title]): [TrendKey, string] => [`item:${id}`, title])
				)
			}))
			.filter((group) => group.rows.length > 0)
	};
}
