// The plan's actions as CSV (the workbook's plan sheet, formula-safe like the register's export),
// in the language asked for (?lang=en|fa; the reader's by default). Viewers may download it.
import { error } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locale';
import { requireAssessment } from '$lib/server/assessments/guard';
import { database } from '$lib/server/db';
import { planCsv } from '$lib/server/reports/workbook/load';
import { downloadResponse } from '$lib/server/reports/workbook/response';

export const GET = async (event) => {
	const { assessment, organisation } = await requireAssessment(event);
	const lang = event.url.searchParams.get('lang') ?? event.locals.locale;
	if (!isLocale(lang)) error(400, 'plan.report.bad_language');
	const outcome = await planCsv(
		database().db,
		{ orgId: organisation.id, assessmentId: assessment.id },
		lang
	);
	if (!outcome.ok) error(outcome.status, outcome.error);
	return downloadResponse(outcome, 'text/csv; charset=utf-8');
};
