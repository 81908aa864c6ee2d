// A chart as a right-to-left reader reads it. ApexCharts lays every chart out left to right, so
// for Persian the spec itself is mirrored before it becomes options: the first category (or the
// earliest milestone) goes to the right end, the risk matrix's columns run from the right, and
// the radar turns counter-clockwise from the top. Horizontal bars keep their top-down order;
// their axis is mirrored through ApexCharts' own `opposite`/`reversed` options (apex.ts).
import type { ChartSpec } from './types';

const reversed = <T>(xs: readonly T[]): T[] => [...xs].reverse();

/** [a, b, c, d] → [a, d, c, b]: the same first spoke at the top, the rest counter-clockwise. */
const counterClockwise = <T>(xs: readonly T[]): T[] =>
	xs.length === 0 ? [] : [xs[0] as T, ...reversed(xs.slice(1))];

export function mirrorSpec(spec: ChartSpec): ChartSpec {
	switch (spec.kind) {
		case 'radar':
			return {
				...spec,
				categories: counterClockwise(spec.categories),
				series: spec.series.map((s) => ({ ...s, values: counterClockwise(s.values) }))
			};
		case 'bar':
			if (spec.horizontal) return spec;
		// falls through: vertical bars mirror like a line.
		case 'line':
			return {
				...spec,
				categories: reversed(spec.categories),
				series: spec.series.map((s) => ({ ...s, values: reversed(s.values) }))
			};
		case 'heatmap':
			return {
				...spec,
				columns: reversed(spec.columns),
				cells: spec.cells.map((row) => reversed(row))
			};
	}
}
