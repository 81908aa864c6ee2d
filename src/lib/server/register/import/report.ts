// The problems found in a file, kept for the page and for a downloadable CSV report in the
// user's language, so a file can be fixed in the spreadsheet it came from.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import type { DB } from '$lib/server/db/schema';
import { BOM, csvLine } from '../csv';
import type { Issue } from './rows';
import type { ImportSummary } from './summary';

export async function saveIssues(db: Kysely<DB>, importId: string, issues: Issue[]) {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('register_import_issues').where('import_id', '=', importId).execute();
		for (let i = 0; i < issues.length; i += 1000)
			await trx
				.insertInto('register_import_issues')
				.values(
					issues.slice(i, i + 1000).map((issue, j) => ({
						import_id: importId,
						ordinal: i + j,
						row_number: issue.row,
						field: issue.field,
						column_name: issue.column,
						message: issue.message,
						params: issue.params ? JSON.stringify(issue.params) : null,
						value: issue.value
					}))
				)
				.execute();
	});
}

export interface StoredIssue {
	row_number: number;
	field: string | null;
	column_name: string | null;
	message: string;
	params: Record<string, string | number> | null;
	value: string | null;
}

export async function listIssues(db: Kysely<DB>, importId: string, limit: number, offset = 0) {
	const rows = await db
		.selectFrom('register_import_issues')
		.select(['row_number', 'field', 'column_name', 'message', 'params', 'value'])
		.where('import_id', '=', importId)
		.orderBy('ordinal')
		.limit(limit)
		.offset(offset)
		.execute();
	return rows as StoredIssue[];
}

/** The report: one line per problem (row, column, value, what to fix), file problems first. */
export async function* reportCsv(
	db: Kysely<DB>,
	importId: string,
	summary: ImportSummary | null,
	locale: Locale
): AsyncGenerator<string> {
	const t = serverT(locale);
	yield (
		BOM +
		csvLine([
			t('register.import.report.row'),
			t('register.import.report.column'),
			t('register.import.report.value'),
			t('register.import.report.problem')
		])
	);
	if (summary?.fileError)
		yield csvLine([
			summary.fileError.params.row ?? '',
			'',
			'',
			t(summary.fileError.key, summary.fileError.params)
		]);
	for (let offset = 0; ; offset += 1000) {
		const page = await listIssues(db, importId, 1000, offset);
		for (const i of page)
			yield csvLine([
				i.row_number,
				i.column_name ?? (i.field ? t(`register.fields.${i.field}`) : ''),
				i.value,
				t(i.message, i.params ?? undefined)
			]);
		if (page.length < 1000) return;
	}
}
