// The wizard's full questionnaire text in the reader's language. It never changes for an
// assessment (the content is pinned), so the browser keeps it: the question page itself only
// carries the item on screen (see skeleton in wizard-content.ts).
import { json } from '@sveltejs/kit';
import { askedWizard } from '$lib/assessments/wizard-content';
import { stageOf } from '$lib/server/assessments/decisions';
import { pinnedContent } from '$lib/server/assessments/content';
import { requireAssessment } from '$lib/server/assessments/guard';
import { database } from '$lib/server/db';

export const GET = async (event) => {
	const { assessment } = await requireAssessment(event, 'consultant');
	const content = await pinnedContent(database().db, assessment.id);
	// A self-assessment puts every statement, as the assessment's stage asks it.
	const lenses = askedWizard(content.lenses, 'all', stageOf(assessment.stage), event.locals.locale);
	return json(lenses, {
		headers: { 'cache-control': 'private, max-age=31536000, immutable', vary: 'cookie' }
	});
};
