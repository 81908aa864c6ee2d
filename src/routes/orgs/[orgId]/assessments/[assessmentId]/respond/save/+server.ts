import { error, json } from '@sveltejs/kit';
import { requireAssessment } from '$lib/server/assessments/guard';
import { findForUser } from '$lib/server/assessments/respondents';
import { readBatch } from '$lib/server/assessments/read-batch';
import { saveResponses, UNPROCESSABLE } from '$lib/server/assessments/service';
import { database } from '$lib/server/db';

export const POST = async (event) => {
	const { assessment, user } = await requireAssessment(event, 'consultant');
	const respondent = await findForUser(database().db, assessment.id, user.id);
	if (!respondent) error(404, 'errors.not_found');
	const batch = await readBatch(event.request);
	const result = await saveResponses(database().db, assessment, respondent.id, batch);
	if (!result.ok) error(UNPROCESSABLE.includes(result.error) ? 422 : 409, result.error);
	return json(result);
};
