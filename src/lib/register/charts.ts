// Chart data for the register dashboard, in the shared ChartSpec form (0–100 scale): shares
// become percentages, and every label arrives already in the reader's language.
import type { BarSpec, LineSpec } from '$lib/charts/types';
import type { ParetoPoint } from './evidence';
import { SATISFACTION_LEVELS, type Distribution } from './satisfaction';

const percent = (share: number) => Math.round(share * 1000) / 10;

/** The Pareto curve beside the line of an even spread (every customer worth the same). */
export function paretoChart(
	curve: ParetoPoint[],
	names: { value: string; even: string },
	label: (customerShare: number) => string
): LineSpec {
	return {
		kind: 'line',
		categories: curve.map((p) => label(p.customers)),
		series: [
			{ name: names.value, values: curve.map((p) => percent(p.value)) },
			{ name: names.even, values: curve.map((p) => percent(p.customers)) }
		]
	};
}

export function shareBars(name: string, items: { label: string; share: number }[]): BarSpec {
	return {
		kind: 'bar',
		horizontal: true,
		categories: items.map((i) => i.label),
		series: [{ name, values: items.map((i) => percent(i.share)) }]
	};
}

/** Per group, the share of its measured customers at each level (null: none measured). */
export function satisfactionBars(
	groups: { label: string; measured: Distribution }[],
	levelName: (level: (typeof SATISFACTION_LEVELS)[number]) => string
): BarSpec {
	const total = (d: Distribution) => d.dissatisfied + d.satisfied + d.delighted;
	return {
		kind: 'bar',
		horizontal: false,
		categories: groups.map((g) => g.label),
		series: SATISFACTION_LEVELS.map((level) => ({
			name: levelName(level),
			values: groups.map((g) =>
				total(g.measured) ? percent(g.measured[level] / total(g.measured)) : null
			)
		}))
	};
}
