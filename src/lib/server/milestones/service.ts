// Freezing a milestone and starting a re-assessment from one: the rules around the repository.
import type { Kysely } from 'kysely';
import { isLocale } from '$lib/i18n/locale';
import { create } from '$lib/server/assessments/repository';
import type { DB } from '$lib/server/db/schema';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { score } from '$lib/server/results/service';
import { carryOver } from './carry-over';
import * as milestones from './repository';
import { summarise } from '$lib/milestones/summary';

type Outcome = { ok: true; id: string } | { ok: false; status: 400 | 404; error: string };

export async function freeze(
	db: Kysely<DB>,
	input: {
		organisationId: string;
		assessment: { id: string; anonymous: boolean };
		label: string;
		userId: string;
	}
): Promise<Outcome> {
	const { content, result } = await score(db, input.assessment);
	if (result.index === null)
		return { ok: false, status: 400, error: 'results.milestones.errors.no_answers' };
	const id = await milestones.insert(db, {
		assessmentId: input.assessment.id,
		organisationId: input.organisationId,
		label: input.label,
		respondents: result.respondents,
		index: result.index,
		band: result.band?.id ?? null,
		summary: summarise(result, content.hashes),
		createdBy: input.userId
	});
	return { ok: true, id };
}

/**
 * A new assessment with the same lenses, mode, anonymity and language as the milestone's, on
 * today's questionnaire versions, linked to the milestone. Answers are not copied (the point is
 * to ask again), except across a change of questionnaire version: then a self-assessment's
 * members keep their answers to the statements asked in the same words (carry-over.ts).
 */
export async function reassess(
	db: Kysely<DB>,
	input: {
		organisationId: string;
		assessment: { id: string; mode: string; anonymous: boolean; locale: string };
		milestoneId: string;
		title: string;
		userId: string;
	}
): Promise<Outcome> {
	const milestone = await milestones.findForAssessment(
		db,
		input.organisationId,
		input.assessment.id,
		input.milestoneId
	);
	if (!milestone) return { ok: false, status: 404, error: 'errors.not_found' };
	const pinned = await db
		.selectFrom('assessment_questionnaires')
		.select('questionnaire_id')
		.where('assessment_id', '=', input.assessment.id)
		.execute();
	// Only lenses today's model still has can be asked again.
	const current = new Set(loadQuestionnaires().model.lenses.map((l) => l.questionnaire));
	const lenses = pinned.map((p) => p.questionnaire_id).filter((id) => current.has(id));
	if (lenses.length === 0)
		return { ok: false, status: 400, error: 'results.milestones.errors.no_lenses' };
	const id = await create(db, {
		organisationId: input.organisationId,
		title: input.title,
		mode: input.assessment.mode === 'workshop' ? 'workshop' : 'self',
		anonymous: input.assessment.anonymous,
		locale: isLocale(input.assessment.locale) ? input.assessment.locale : 'en',
		lenses,
		createdBy: input.userId,
		parentMilestoneId: milestone.id
	});
	await carryOver(db, { assessmentId: input.assessment.id, mode: input.assessment.mode }, id);
	return { ok: true, id };
}
