// Regeneration after new answers or a re-assessment: a pure diff between the stored actions and
// a fresh generation, matched on the suggestions' stable keys. People's work is never touched:
// edited text and phase, owner, due date, status, order and added actions stay as they are.
import type { Phase, Suggestion } from './types';

export interface StoredAction {
	id: string;
	/** null for an action a person added. */
	key: string | null;
	position: number;
	/** The recommendation as last generated; null for an added action. */
	suggested: Suggestion | null;
	/** What a person set; null follows the recommendation. */
	text: string | null;
	phase: Phase | null;
	obsolete: boolean;
}

export interface MergeUpdate {
	id: string;
	suggested: Suggestion;
	obsolete: boolean;
	/** What the row shows changed: its version moves on, so a form opened before is refused. */
	bump: boolean;
}

export interface MergeResult {
	update: MergeUpdate[];
	/** New recommendations, after every existing action, in the generation's order. */
	insert: { suggestion: Suggestion; position: number }[];
}

const EPS = 1e-9;

/** Compared field by field: stored JSON comes back from jsonb with its keys reordered. */
function same(a: Suggestion, b: Suggestion): boolean {
	return (
		a.text.en === b.text.en &&
		a.text.fa === b.text.fa &&
		a.source.en === b.source.en &&
		a.source.fa === b.source.fa &&
		a.effort === b.effort &&
		a.phase === b.phase &&
		a.quickWin === b.quickWin &&
		a.urgent === b.urgent &&
		a.item === b.item &&
		Math.abs(a.priority - b.priority) < EPS &&
		a.owner === b.owner &&
		a.deliverable?.en === b.deliverable?.en &&
		a.deliverable?.fa === b.deliverable?.fa &&
		JSON.stringify(a.lifts ?? []) === JSON.stringify(b.lifts ?? []) &&
		(a.after ?? []).join() === (b.after ?? []).join()
	);
}

function shownChanged(row: StoredAction, next: Suggestion): boolean {
	const before = row.suggested;
	if (!before) return true;
	const text =
		row.text === null && (before.text.en !== next.text.en || before.text.fa !== next.text.fa);
	const phase = row.phase === null && before.phase !== next.phase;
	return text || phase || before.quickWin !== next.quickWin;
}

export function mergePlan(
	stored: readonly StoredAction[],
	generated: readonly Suggestion[]
): MergeResult {
	const byKey = new Map(stored.filter((r) => r.key !== null).map((r) => [r.key as string, r]));
	const fresh = new Set(generated.map((s) => s.key));
	let last = Math.max(0, ...stored.map((r) => r.position));
	const update: MergeUpdate[] = [];
	const insert: MergeResult['insert'] = [];

	for (const s of generated) {
		const row = byKey.get(s.key);
		if (!row) {
			insert.push({ suggestion: s, position: ++last });
			continue;
		}
		if (row.obsolete || !row.suggested || !same(row.suggested, s))
			update.push({
				id: row.id,
				suggested: s,
				obsolete: false,
				bump: row.obsolete || shownChanged(row, s)
			});
	}
	// A recommendation the new results no longer support is flagged, never deleted: someone may
	// have started on it, and only a person should decide to drop it.
	for (const row of stored)
		if (row.key !== null && row.suggested && !row.obsolete && !fresh.has(row.key))
			update.push({ id: row.id, suggested: row.suggested, obsolete: true, bump: true });

	return { update, insert };
}
