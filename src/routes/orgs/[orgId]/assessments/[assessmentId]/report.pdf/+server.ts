// The PDF roadmap, in the language asked for (?lang=en|fa; the reader's language by default).
// Viewers may download it; another tenant's assessment is not found.
import { error } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locale';
import { buildRoadmap } from '$lib/server/reports/document/roadmap';
import { requireAssessment } from '$lib/server/assessments/guard';
import { database } from '$lib/server/db';
import { renderPdf } from '$lib/server/pdf/render';
import { contentDisposition } from '$lib/server/reports/file-name';
import { roadmapData } from '$lib/server/reports/load';

export const GET = async (event) => {
	const { assessment, organisation } = await requireAssessment(event);
	const lang = event.url.searchParams.get('lang') ?? event.locals.locale;
	if (!isLocale(lang)) error(400, 'plan.report.bad_language');
	const outcome = await roadmapData(
		database().db,
		{ orgId: organisation.id, assessmentId: assessment.id },
		lang
	);
	if (!outcome.ok) error(outcome.status, outcome.error);
	const pdf = await renderPdf(buildRoadmap(outcome.data));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(pdf.length),
			'content-disposition': contentDisposition(outcome.organisation, lang, outcome.data.date),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
