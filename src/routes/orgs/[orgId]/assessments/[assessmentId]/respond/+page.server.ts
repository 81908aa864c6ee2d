import { error, redirect } from '@sveltejs/kit';
import { askedWizard, cutParameter, outline } from '$lib/assessments/wizard-content';
import { stageOf } from '$lib/server/assessments/decisions';
import { sectionMessages } from '$lib/i18n/section';
import { pinnedContent } from '$lib/server/assessments/content';
import { requireAssessment, requireAssessmentForRespondent } from '$lib/server/assessments/guard';
import { createForUser, findForUser, markFinished } from '$lib/server/assessments/respondents';
import { startSchema } from '$lib/server/assessments/schema';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';

export const load = async (event) => {
	const { assessment, respondent } = await requireAssessmentForRespondent(event, 'consultant');
	if (assessment.mode !== 'self') error(404, 'errors.not_found');
	const results = `/orgs/${event.params.orgId}/assessments/${assessment.id}/results`;
	if (assessment.status !== 'open') redirect(303, results);
	// The page sits outside the assessment's layout (+page@[orgId]): its strings and the little
	// it shows of the assessment come with its own data, one load fewer per view.
	const messages = sectionMessages(event.locals.locale, 'respond');
	const shown = { id: assessment.id, title: assessment.title };
	if (!respondent) return { ...messages, assessment: shown, started: false as const };
	const content = await pinnedContent(database().db, assessment.id);
	return {
		...messages,
		assessment: shown,
		started: true as const,
		respondentId: respondent.id,
		// A self-assessment puts every statement (the executive sees all), as the stage asks it.
		cut: cutParameter('all', stageOf(assessment.stage)),
		outline: outline(
			askedWizard(content.lenses, 'all', stageOf(assessment.stage), event.locals.locale),
			respondent.position
		),
		position: respondent.position,
		answers: respondent.answers,
		notApplicable: respondent.notApplicable,
		comments: respondent.comments
	};
};

export const actions = {
	start: async (event) => {
		const { assessment, user } = await requireAssessment(event, 'consultant');
		if (assessment.mode !== 'self' || assessment.status !== 'open') error(404, 'errors.not_found');
		const parsed = await parseForm(event.request, startSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		await createForUser(database().db, {
			assessmentId: assessment.id,
			userId: user.id,
			name: user.name,
			role: parsed.data.role,
			department: parsed.data.department
		});
		return { started: true };
	},
	finish: async (event) => {
		const { assessment, user } = await requireAssessment(event, 'consultant');
		const respondent = await findForUser(database().db, assessment.id, user.id);
		if (!respondent) error(404, 'errors.not_found');
		await markFinished(database().db, respondent.id);
		redirect(303, `/orgs/${event.params.orgId}/assessments/${assessment.id}/results`);
	}
};
