// The projected score of a plan: the result as it would be once the plan's actions are done,
// beside the current score and the target (docs/plan.md, "Projected score").
import type { Bilingual, ScoredQuestionnaire } from '$lib/questionnaires/schema';
import type { AssessmentResult, ScoringModel } from '$lib/scoring';
import { project, type Lift } from '$lib/scoring/projection';
import type { ActionRow } from './types';

/** Counts toward the projection: visible, not dropped, and not an obsolete one nobody started. */
export function counted(row: Pick<ActionRow, 'removed' | 'status' | 'obsolete'>): boolean {
	return !row.removed && row.status !== 'dropped' && !(row.obsolete && row.status === 'planned');
}

export interface ScoreTriple {
	current: number | null;
	target: number;
	projected: number | null;
}

export interface PlanProjection {
	index: ScoreTriple;
	/** Gap to target now and once the plan is done, in index points. */
	gap: { current: number | null; projected: number | null };
	lenses: ({ id: string; title: Bilingual } & ScoreTriple)[];
	/** How many statements the plan raises. */
	lifted: number;
}

export function projectPlan(
	scoring: ScoringModel,
	result: AssessmentResult,
	rows: readonly Pick<ActionRow, 'removed' | 'status' | 'obsolete' | 'suggested'>[]
): PlanProjection {
	const actions = rows
		.filter(counted)
		.map((r) => ({ lifts: (r.suggested?.lifts ?? []) as readonly Lift[] }));
	const p = project(scoring, result, actions);
	const titles = new Map<string, Bilingual>(
		scoring.lenses.map((l: ScoredQuestionnaire) => [l.id, l.title])
	);
	return {
		index: { current: result.index, target: result.target, projected: p.index },
		gap: { current: result.gap, projected: p.gap },
		lenses: result.lenses.map((l, i) => ({
			id: l.id,
			title: titles.get(l.id) ?? { en: l.id, fa: l.id },
			current: l.score,
			target: l.target,
			projected: p.lenses[i]?.score ?? null
		})),
		lifted: p.lifted.length
	};
}
