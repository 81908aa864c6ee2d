import { requireImport } from '$lib/server/register/import/guard';
import { database } from '$lib/server/db';
import { localFileName } from '$lib/server/download';
import { csvHeaders } from '$lib/server/register/csv';
import { byteStream } from '$lib/server/register/export';
import { reportCsv } from '$lib/server/register/import/report';
import type { ImportSummary } from '$lib/server/register/import/summary';

export const GET = async (event) => {
	const { imp } = await requireImport(event, 'viewer');
	const report = reportCsv(
		database().db,
		imp.id,
		imp.summary as ImportSummary | null,
		event.locals.locale
	);
	const base = imp.file_name.replace(/\.csv$/i, '');
	const day = new Date().toISOString().slice(0, 10);
	const name = localFileName(event.locals.locale, 'problems', day, 'csv', base);
	return new Response(byteStream(report), { headers: csvHeaders(`${base}-problems.csv`, name) });
};
