// What a chart shows, as plain data: labels already in the reader's language, values as numbers
// on the 0–100 score scale (null where nothing is known). Builders in this folder produce it from
// results; apex.ts turns it into ApexCharts options; the wrapper component only draws.
export interface Series {
	name: string;
	values: (number | null)[];
}

export interface RadarSpec {
	kind: 'radar';
	categories: string[];
	series: Series[];
}

export interface BarSpec {
	kind: 'bar';
	categories: string[];
	series: Series[];
	/** Bars along the reading direction, for long category names. */
	horizontal: boolean;
	/** A mark across each bar of the first series (the target), on the same scale. */
	marks?: Series;
}

export interface LineSpec {
	kind: 'line';
	categories: string[];
	series: Series[];
}

/** A risk level as a heat: 0 none, 1 low, 2 medium, 3 high. */
export type Heat = 0 | 1 | 2 | 3;

export interface HeatmapSpec {
	kind: 'heatmap';
	rows: string[];
	columns: string[];
	/** cells[row][column]: the heat and the number written in the cell, if any. */
	cells: { heat: Heat; value: number | null }[][];
	/** Names of heats 1–3, for the legend. */
	legend: [string, string, string];
}

export type ChartSpec = RadarSpec | BarSpec | LineSpec | HeatmapSpec;

/** One labelled score: the input most builders need. */
export interface Scored {
	title: string;
	score: number | null;
	/** The required score (target level × 25), drawn as a second series or a mark. */
	target?: number;
}
