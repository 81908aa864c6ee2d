// Scores of one lens's items: the radar of the eight building blocks, bars of the ten points.
// Values stay unrounded: the labels and the tables beside round them the same way (format.ts).
import type { BarSpec, RadarSpec, Scored } from './types';

// With `targetName`, the targets come too: the radar's second series, a mark across each bar.
export function radarSpec(rows: readonly Scored[], name: string, targetName?: string): RadarSpec {
	const series = [{ name, values: rows.map((r) => r.score) }];
	if (targetName) series.push({ name: targetName, values: rows.map((r) => r.target ?? null) });
	return { kind: 'radar', categories: rows.map((r) => r.title), series };
}

export function barSpec(rows: readonly Scored[], name: string, targetName?: string): BarSpec {
	return {
		kind: 'bar',
		horizontal: true,
		categories: rows.map((r) => r.title),
		series: [{ name, values: rows.map((r) => r.score) }],
		...(targetName && { marks: { name: targetName, values: rows.map((r) => r.target ?? null) } })
	};
}
