// Rules around saving responses, shared by the self-assessment wizard and the workshop.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { isPutTo, type Audience } from '$lib/questionnaires/audience';
import type { Level, Statement } from '$lib/questionnaires/schema';
import { cleanText } from '$lib/server/forms';
import { pinnedContent, type PinnedContent } from './content';
import { stageOf } from './decisions';
import type { AssessmentRow } from './repository';
import { saveBatch, type AnswerWrite } from './responses';
import type { BatchInput } from './schema';

export type SaveRefusal =
	| 'respond.errors.closed'
	| 'respond.errors.section_locked'
	| 'respond.errors.unknown_statement'
	| 'respond.errors.not_asked';

/** Refusals that are the request's fault (422), not the session's state (409). */
export const UNPROCESSABLE: readonly SaveRefusal[] = [
	'respond.errors.unknown_statement',
	'respond.errors.not_asked'
];

/** item id → { questionnaire, statements by id } for the lenses the assessment pinned. */
function index(content: PinnedContent) {
	const items = new Map<string, { questionnaire: string; statements: Map<string, Statement> }>();
	for (const lens of content.lenses)
		for (const item of lens.items)
			items.set(item.id, {
				questionnaire: lens.id,
				statements: new Map(item.statements.map((s) => [s.id, s]))
			});
	return items;
}

// The index is built once per pinned content (the same object for every save).
const indexes = new WeakMap<PinnedContent, ReturnType<typeof index>>();

/**
 * Saves a batch, all or nothing. `audience`: whom the respondent is put statements as (a
 * workshop participant: the common ones and their layer's; see questionnaires/audience.ts).
 * An answer to a statement not put to them, or not asked at the assessment's stage, is refused.
 */
export async function saveResponses(
	db: Kysely<DB>,
	assessment: Pick<AssessmentRow, 'id' | 'status' | 'mode' | 'open_sections' | 'stage'>,
	respondentId: string,
	input: BatchInput,
	audience: Audience = 'all'
): Promise<{ ok: true; saved: number } | { ok: false; error: SaveRefusal }> {
	if (assessment.status !== 'open') return { ok: false, error: 'respond.errors.closed' };
	const content = await pinnedContent(db, assessment.id);
	let items = indexes.get(content);
	if (!items) indexes.set(content, (items = index(content)));
	const stage = stageOf(assessment.stage);
	const answers: AnswerWrite[] = [];
	// Validate the whole batch before writing any of it.
	for (const a of input.answers) {
		const item = items.get(a.item);
		const statement = item?.statements.get(a.statement);
		if (!item || !statement) return { ok: false, error: 'respond.errors.unknown_statement' };
		if (!isPutTo(statement, audience, stage))
			return { ok: false, error: 'respond.errors.not_asked' };
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
