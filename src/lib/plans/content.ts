// Finding items and statements of the pinned content by id. The change-management plan and
// the scope guard read named statements of the failure-risks lens (see the mapping comments in
// questionnaires/failure-risks.yaml); an assessment without that lens simply has none of them.
import type { Bilingual, Item, ScoredQuestionnaire } from '$lib/questionnaires/schema';
import type { AssessmentResult, ItemResult } from '$lib/scoring';

export interface Found {
	item: Item;
	result: ItemResult;
}

export function findItem(
	result: AssessmentResult,
	lenses: readonly ScoredQuestionnaire[],
	id: string
): Found | null {
	const item = lenses.flatMap((l) => l.items).find((i) => i.id === id);
	const r = result.lenses.flatMap((l) => l.items).find((i) => i.id === id);
	return item && r ? { item, result: r } : null;
}

export function findStatement(found: Found | null, id: string) {
	const statement = found?.item.statements.find((s) => s.id === id);
	const result = found?.result.statements.find((s) => s.id === id);
	return statement && result ? { statement, result } : null;
}

/** What the level nearest to the mean looks like, in the statement's own words. */
export function anchorNear(levels: readonly Bilingual[], mean: number): Bilingual | null {
	return levels[Math.min(4, Math.max(0, Math.round(mean)))] ?? null;
}
