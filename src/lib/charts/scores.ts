// Scores of one lens's items: the radar of the eight building blocks, bars of the ten points.
// Values stay unrounded: the labels and the tables beside round them the same way (format.ts).
import type { BarSpec, RadarSpec, Scored } from './types';

export function radarSpec(rows: readonly Scored[], name: string): RadarSpec {
	return {
		kind: 'radar',
		categories: rows.map((r) => r.title),
		series: [{ name, values: rows.map((r) => r.score) }]
	};
}

export function barSpec(rows: readonly Scored[], name: string): BarSpec {
	return {
		kind: 'bar',
		horizontal: true,
		categories: rows.map((r) => r.title),
		series: [{ name, values: rows.map((r) => r.score) }]
	};
}
