// The comparison by role layer: the index and each lens, one group of bars per score and one
// bar per role layer, so a gap between executives and specialists is seen at a glance.
import type { BarSpec } from './types';

export interface RoleScores {
	/** The role layer's name, already translated. */
	name: string;
	index: number | null;
	/** Lens scores by lens id. */
	lenses: Readonly<Record<string, number | null>>;
}

export function roleComparisonSpec(
	roles: readonly RoleScores[],
	lenses: readonly { id: string; title: string }[],
	indexLabel: string
): BarSpec {
	return {
		kind: 'bar',
		horizontal: false,
		categories: [indexLabel, ...lenses.map((l) => l.title)],
		series: roles.map((role) => ({
			name: role.name,
			values: [role.index, ...lenses.map((l) => role.lenses[l.id] ?? null)]
		}))
	};
}
