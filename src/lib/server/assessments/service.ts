// Rules around saving responses, shared by the self-assessment wizard and the workshop.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { Level } from '$lib/questionnaires/schema';
import { cleanText } from '$lib/server/forms';
import { pinnedContent, type PinnedContent } from './content';
import type { AssessmentRow } from './repository';
import { saveBatch, type AnswerWrite } from './responses';
import type { BatchInput } from './schema';

export type SaveRefusal =
	'respond.errors.closed' | 'respond.errors.section_locked' | 'respond.errors.unknown_statement';

/** item id → { questionnaire, statement ids } for the lenses the assessment pinned. */
function index(content: PinnedContent) {
	const items = new Map<string, { questionnaire: string; statements: Set<string> }>();
	for (const lens of content.lenses)
		for (const item of lens.items)
			items.set(item.id, {
				questionnaire: lens.id,
				statements: new Set(item.statements.map((s) => s.id))
			});
	return items;
}

export async function saveResponses(
	db: Kysely<DB>,
	assessment: Pick<AssessmentRow, 'id' | 'status' | 'mode' | 'open_sections'>,
	respondentId: string,
	input: BatchInput
): Promise<{ ok: true; saved: number } | { ok: false; error: SaveRefusal }> {
	if (assessment.status !== 'open') return { ok: false, error: 'respond.errors.closed' };
	const items = index(await pinnedContent(db, assessment.id));
	const answers: AnswerWrite[] = [];
	// Validate the whole batch before writing any of it.
	for (const a of input.answers) {
		const item = items.get(a.item);
		if (!item || !item.statements.has(a.statement))
			return { ok: false, error: 'respond.errors.unknown_statement' };
		if (assessment.mode === 'workshop' && !assessment.open_sections.includes(item.questionnaire))
			return { ok: false, error: 'respond.errors.section_locked' };
		answers.push({
			questionnaire: item.questionnaire,
			item: a.item,
			statement: a.statement,
			answer: typeof a.answer === 'number' ? (a.answer as Level) : a.answer,
			notApplicable:
				a.answer === 'not-applicable' && a.reason
					? { reason: a.reason, note: a.note ? cleanText(a.note) || null : null }
					: null,
			seq: a.seq
		});
	}
	for (const c of input.comments)
		if (!items.has(c.item)) return { ok: false, error: 'respond.errors.unknown_statement' };
	await saveBatch(db, assessment.id, respondentId, {
		answers,
		comments: input.comments.map((c) => ({ ...c, body: cleanText(c.body) })),
		position: input.position
	});
	return { ok: true, saved: answers.length + input.comments.length };
}
