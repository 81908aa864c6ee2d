// What changed between two versions of the lens questionnaires, statement by statement: the
// basis for carrying answers over into a re-assessment on newer content (only a statement asked
// in exactly the same words keeps its answer) and for telling people what is new or changed.
import { statementKey } from './keys';
import type { ScoredQuestionnaire, Statement } from './schema';

export type StatementChange = 'same' | 'changed' | 'new';

export interface VersionDiff {
	/** statementKey → how the statement of the newer content compares with the older one. */
	statements: Map<string, StatementChange>;
	/** Keys of the older content's statements that the newer content no longer asks. */
	removed: string[];
}

const wording = (s: Statement) => JSON.stringify([s.text, s.levels]);

function byKey(lenses: readonly ScoredQuestionnaire[]) {
	return new Map(
		lenses.flatMap((l) =>
			l.items.flatMap((item) =>
				item.statements.map((s) => [statementKey(item.id, s.id), s] as const)
			)
		)
	);
}

/** A statement is the same when its item, its id, its text and its five level descriptions are. */
export function compareVersions(
	before: readonly ScoredQuestionnaire[],
	after: readonly ScoredQuestionnaire[]
): VersionDiff {
	const old = byKey(before);
	const now = byKey(after);
	const statements = new Map<string, StatementChange>();
	for (const [key, s] of now) {
		const was = old.get(key);
		statements.set(key, !was ? 'new' : wording(was) === wording(s) ? 'same' : 'changed');
	}
	return { statements, removed: [...old.keys()].filter((k) => !now.has(k)) };
}
