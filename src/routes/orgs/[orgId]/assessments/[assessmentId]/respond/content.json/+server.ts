// The wizard's full questionnaire text in the reader's language. It never changes for an
// assessment (the content is pinned), so the browser keeps it: the question page itself only
// carries the item on screen (see skeleton in wizard-content.ts).
import { json } from '@sveltejs/kit';
import { wizardContent } from '$lib/assessments/wizard-content';
import { pinnedContent } from '$lib/server/assessments/content';
import { requireAssessment } from '$lib/server/assessments/guard';
import { database } from '$lib/server/db';

export const GET = async (event) => {
	const { assessment } = await requireAssessment(event, 'consultant');
	const content = await pinnedContent(database().db, assessment.id);
	return json(wizardContent(content.lenses, event.locals.locale), {
		headers: { 'cache-control': 'private, max-age=31536000, immutable', vary: 'cookie' }
	});
};
