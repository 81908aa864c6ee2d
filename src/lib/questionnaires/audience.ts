// Who a statement is put to, and in which words (issue 15 §4, §5): its role-layer audience
// (article 004) and the stage the organisation is at (readiness versus maturity). One rule for
// the wizard (what a person is shown) and the scoring engine (what counts as asked), so that a
// statement never put to someone is neither "don't know" nor a gap. Pure: no I/O.
import type { ContentLayer, ScoredQuestionnaire, Stage, Statement } from './schema';

/**
 * Whom the statements are put to: the common ones and those of one layer, every statement
 * (a self-assessment, a consultant), or the common ones only (someone outside the layers).
 */
export type Audience = ContentLayer | 'all' | 'common';

/** The statement as asked at `stage` (reworded where it has words for it), null when not asked. */
export function atStage(statement: Statement, stage: Stage | null | undefined): Statement | null {
	if (!stage || stage === 'live') return statement;
	const variant = statement.stages?.[stage];
	if (variant === undefined) return statement;
	if (variant === 'skip') return null;
	return { ...statement, text: variant.text, levels: variant.levels };
}

/** Whether the statement is put to this audience at this stage. */
export function isPutTo(
	statement: Statement,
	audience: Audience,
	stage: Stage | null | undefined
): boolean {
	if (atStage(statement, stage) === null) return false;
	if (!statement.audience || audience === 'all') return true;
	return audience !== 'common' && statement.audience.includes(audience);
}

/** Whether any statement of this content depends on the audience or the stage. */
export function dependsOnAsking(lenses: readonly ScoredQuestionnaire[]): boolean {
	return lenses.some((l) => l.items.some((i) => i.statements.some((s) => s.audience || s.stages)));
}

// Pinned content never changes: each audience and stage's cut is built once per process.
const cuts = new WeakMap<readonly ScoredQuestionnaire[], Map<string, ScoredQuestionnaire[]>>();

/**
 * The content as this audience is asked it at this stage: statements not put to them left out,
 * the others in the stage's words, and items (and lenses) left empty dropped. Content that
 * depends on neither is returned as it is (the same object).
 */
export function askedContent(
	lenses: readonly ScoredQuestionnaire[],
	audience: Audience,
	stage: Stage | null | undefined
): readonly ScoredQuestionnaire[] {
	if (!dependsOnAsking(lenses)) return lenses;
	let byKey = cuts.get(lenses);
	if (!byKey) cuts.set(lenses, (byKey = new Map()));
	const key = `${audience}/${stage ?? 'live'}`;
	let cut = byKey.get(key);
	if (!cut) {
		cut = lenses
			.map((lens) => ({
				...lens,
				items: lens.items.flatMap((item) => {
					const statements = item.statements.flatMap((s) =>
						isPutTo(s, audience, stage) ? [atStage(s, stage) as Statement] : []
					);
					return statements.length > 0 ? [{ ...item, statements }] : [];
				})
			}))
			.filter((lens) => lens.items.length > 0);
		byKey.set(key, cut);
	}
	return cut;
}
