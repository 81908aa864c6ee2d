// A participant's full questionnaire text (see the self-assessment's content.json): only for a
// participant of this open session, whose page carries just the item on screen.
import { error, json } from '@sveltejs/kit';
import { wizardContent } from '$lib/assessments/wizard-content';
import { pinnedContent } from '$lib/server/assessments/content';
import { database } from '$lib/server/db';
import { visit } from '$lib/server/workshop/participants';

export const GET = async (event) => {
	const v = await visit(database().db, event.params.code, event.cookies);
	if (!v || !v.respondentId || v.session.status !== 'open') error(404, 'errors.not_found');
	const content = await pinnedContent(database().db, v.session.id);
	return json(wizardContent(content.lenses, event.locals.locale), {
		headers: { 'cache-control': 'private, max-age=31536000, immutable', vary: 'cookie' }
	});
};
