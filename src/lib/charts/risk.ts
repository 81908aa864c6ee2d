// The failure-risk matrix: one row per failure cause, one column per risk level (high first),
// the cause's exposure written in the cell of the level its rules gave it.
import type { RiskLevel } from '$lib/questionnaires/schema';
import type { Heat, HeatmapSpec } from './types';

export const RISK_LEVELS: readonly RiskLevel[] = ['high', 'medium', 'low'];
const HEAT: Record<RiskLevel, Heat> = { low: 1, medium: 2, high: 3 };

export interface RiskRow {
	title: string;
	level: RiskLevel;
	/** 100 − the cause's score; null when nothing about it is known. */
	exposure: number | null;
}

export function riskMatrixSpec(
	rows: readonly RiskRow[],
	labels: Readonly<Record<RiskLevel, string>>
): HeatmapSpec {
	return {
		kind: 'heatmap',
		rows: rows.map((r) => r.title),
		columns: RISK_LEVELS.map((l) => labels[l]),
		cells: rows.map((r) =>
			RISK_LEVELS.map((l) =>
				l === r.level ? { heat: HEAT[l], value: r.exposure } : { heat: 0, value: null }
			)
		),
		legend: [labels.low, labels.medium, labels.high]
	};
}
