// The PDF roadmap, in the language asked for (?lang=en|fa; the reader's language by default)
// and the view asked for (?view=agreed|crowd; agreed by default: the workshop's agreed levels
// where recorded, everyone's answers elsewhere — see src/lib/server/reports/load.ts).
// Viewers may download it; another tenant's assessment is not found.
import { error } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locale';
import { requireAssessment } from '$lib/server/assessments/guard';
import { database } from '$lib/server/db';
import { roadmapPdf } from '$lib/server/reports/pdf';

export const GET = async (event) => {
	const { assessment, organisation } = await requireAssessment(event);
	const lang = event.url.searchParams.get('lang') ?? event.locals.locale;
	if (!isLocale(lang)) error(400, 'plan.report.bad_language');
	const view = event.url.searchParams.get('view') ?? 'agreed';
	if (view !== 'agreed' && view !== 'crowd') error(400, 'plan.report.bad_view');
	const outcome = await roadmapPdf(
		database().db,
		{ orgId: organisation.id, assessmentId: assessment.id },
		lang,
		view
	);
	if (!outcome.ok) error(outcome.status, outcome.error);
	const { pdf } = outcome;
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(pdf.length),
			'content-disposition': outcome.disposition,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
