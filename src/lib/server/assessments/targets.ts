// Setting targets: the owner or a consultant (an executive answering a self-assessment is a
// member who may answer, so a consultant at least) sets the required level of some items, or of
// every item of a lens at once. The whole form is checked (schema.ts, then here) before anything
// is written: a level outside 0–4 or an item the assessment does not have changes nothing.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '$lib/server/db/schema';
import { pinnedContent } from './content';
import { writeTargets } from './decisions';
import type { AssessmentRow } from './repository';
import type { itemTargetsSchema, lensTargetSchema } from './schema';

export type TargetRefusal =
	'results.targets.errors.unknown_item' | 'results.targets.errors.archived';

const levelOf = (raw: string) => (raw === '' ? null : Number(raw));

type Outcome = { ok: true; changed: number } | { ok: false; error: TargetRefusal };

/** Some items' targets: a level 0–4 each, or empty to restore the default. */
export async function setItemTargets(
	db: Kysely<DB>,
	assessment: Pick<AssessmentRow, 'id' | 'organisation_id' | 'status'>,
	userId: string,
	input: z.output<typeof itemTargetsSchema>
): Promise<Outcome> {
	if (assessment.status === 'archived')
		return { ok: false, error: 'results.targets.errors.archived' };
	const content = await pinnedContent(db, assessment.id);
	const items = new Set(content.lenses.flatMap((l) => l.items.map((i) => i.id)));
	if (input.item.some((item) => !items.has(item)))
		return { ok: false, error: 'results.targets.errors.unknown_item' };
	const writes = input.item.map((item, n) => ({ item, level: levelOf(input.level[n] ?? '') }));
	await writeTargets(db, assessment.organisation_id, assessment.id, writes, userId);
	return { ok: true, changed: writes.length };
}

/** The same level for every item of one lens (empty: every item back to its default). */
export async function setLensTarget(
	db: Kysely<DB>,
	assessment: Pick<AssessmentRow, 'id' | 'organisation_id' | 'status'>,
	userId: string,
	input: z.output<typeof lensTargetSchema>
): Promise<Outcome> {
	if (assessment.status === 'archived')
		return { ok: false, error: 'results.targets.errors.archived' };
	const content = await pinnedContent(db, assessment.id);
	const lens = content.lenses.find((l) => l.id === input.lens);
	if (!lens) return { ok: false, error: 'results.targets.errors.unknown_item' };
	const level = levelOf(input.level);
	const writes = lens.items.map((i) => ({ item: i.id, level }));
	await writeTargets(db, assessment.organisation_id, assessment.id, writes, userId);
	return { ok: true, changed: writes.length };
}
