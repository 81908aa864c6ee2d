// The roadmap as a workbook (issue 14 §6), in the language asked for (?lang=en|fa; the reader's
// language by default): results by lens, item and statement, the plan, the goals worksheet and
// the "not applicable" answers. Viewers may download it, as the PDF; another tenant's assessment
// is not found.
import { error } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locale';
import { requireAssessment } from '$lib/server/assessments/guard';
import { database } from '$lib/server/db';
import { downloadResponse } from '$lib/server/reports/workbook/response';
import { roadmapWorkbook } from '$lib/server/reports/workbook/load';

export const GET = async (event) => {
	const { assessment, organisation } = await requireAssessment(event);
	const lang = event.url.searchParams.get('lang') ?? event.locals.locale;
	if (!isLocale(lang)) error(400, 'plan.report.bad_language');
	const outcome = await roadmapWorkbook(
		database().db,
		{ orgId: organisation.id, assessmentId: assessment.id },
		lang
	);
	if (!outcome.ok) error(outcome.status, outcome.error);
	return downloadResponse(
		outcome,
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	);
};
