// Setting targets: the owner or a consultant (an executive answering a self-assessment is a
// member who may answer, so a consultant at least) sets the required level of some items, or of
// every item of a lens at once. The whole form is checked before anything is written: a level
// outside 0–4 or an item the assessment does not have changes nothing.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { pinnedContent } from './content';
import { writeTargets } from './decisions';
import type { AssessmentRow } from './repository';

export type TargetRefusal =
	| 'results.targets.errors.level'
	| 'results.targets.errors.unknown_item'
	| 'results.targets.errors.archived';

/** Form field of one item's target: `target:<item id>`; empty means "back to the default". */
export const TARGET_FIELD = 'target:';

const LEVEL = /^[0-4]$/;

function level(raw: FormDataEntryValue | null): number | null | undefined {
	if (raw === null || raw === '') return null;
	return typeof raw === 'string' && LEVEL.test(raw) ? Number(raw) : undefined;
}

type Outcome = { ok: true; changed: number } | { ok: false; error: TargetRefusal };

/** Every `target:<item>` field of the form: a level 0–4, or empty to restore the default. */
export async function setItemTargets(
	db: Kysely<DB>,
	assessment: Pick<AssessmentRow, 'id' | 'organisation_id' | 'status'>,
	userId: string,
	form: FormData
): Promise<Outcome> {
	if (assessment.status === 'archived')
		return { ok: false, error: 'results.targets.errors.archived' };
	const content = await pinnedContent(db, assessment.id);
	const items = new Set(content.lenses.flatMap((l) => l.items.map((i) => i.id)));
	const writes: { item: string; level: number | null }[] = [];
	for (const [name, raw] of form) {
		if (!name.startsWith(TARGET_FIELD)) continue;
		const item = name.slice(TARGET_FIELD.length);
		if (!items.has(item)) return { ok: false, error: 'results.targets.errors.unknown_item' };
		const value = level(raw);
		if (value === undefined) return { ok: false, error: 'results.targets.errors.level' };
		writes.push({ item, level: value });
	}
	if (writes.length > 0)
		await writeTargets(db, assessment.organisation_id, assessment.id, writes, userId);
	return { ok: true, changed: writes.length };
}

/** The same level for every item of one lens (empty: every item back to its default). */
export async function setLensTarget(
	db: Kysely<DB>,
	assessment: Pick<AssessmentRow, 'id' | 'organisation_id' | 'status'>,
	userId: string,
	form: FormData
): Promise<Outcome> {
	if (assessment.status === 'archived')
		return { ok: false, error: 'results.targets.errors.archived' };
	const content = await pinnedContent(db, assessment.id);
	const lens = content.lenses.find((l) => l.id === form.get('lens'));
	if (!lens) return { ok: false, error: 'results.targets.errors.unknown_item' };
	const value = level(form.get('level'));
	if (value === undefined) return { ok: false, error: 'results.targets.errors.level' };
	const writes = lens.items.map((i) => ({ item: i.id, level: value }));
	await writeTargets(db, assessment.organisation_id, assessment.id, writes, userId);
	return { ok: true, changed: writes.length };
}
