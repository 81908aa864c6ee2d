// A participant's full questionnaire text (see the self-assessment's content.json): only for a
// participant of this open session, whose page carries just the item on screen.
import { error, json } from '@sveltejs/kit';
import { askedWizard } from '$lib/assessments/wizard-content';
import { audienceOf, isRoleLayer } from '$lib/scoring';
import { stageOf } from '$lib/server/assessments/decisions';
import { pinnedContent } from '$lib/server/assessments/content';
import { database } from '$lib/server/db';
import { visit } from '$lib/server/workshop/participants';

export const GET = async (event) => {
	const v = await visit(database().db, event.params.code, event.cookies);
	if (!v || !v.respondentId || v.session.status !== 'open') error(404, 'errors.not_found');
	const content = await pinnedContent(database().db, v.session.id);
	// Only what this participant is asked: the common statements and their own layer's.
	const role = v.session.respondent_role;
	const audience = audienceOf(isRoleLayer(role) ? role : 'other', true);
	const lenses = askedWizard(
		content.lenses,
		audience,
		stageOf(v.session.stage),
		event.locals.locale
	);
	return json(lenses, {
		headers: { 'cache-control': 'private, max-age=31536000, immutable', vary: 'cookie' }
	});
};
