// The plan as CSV: the workbook's plan sheet, written the way the customer register's export is
// (UTF-8 with a byte-order mark, CRLF, and cells that would start a formula neutralised by the
// register's own helper).
import { BOM, csvLine } from '$lib/server/register/csv';
import type { Sheet } from './sheets';

export function sheetCsv(sheet: Sheet): string {
	return (
		BOM +
		csvLine(sheet.columns.map((c) => c.header)) +
		sheet.rows.map((row) => csvLine(row)).join('')
	);
}
