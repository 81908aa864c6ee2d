// Writes the workbook's sheets (sheets.ts) as an .xlsx file with exceljs: a bold, frozen header
// row, numbers and dates as numeric cells with a number format (so they sort and sum), wrapped
// long text, and for Persian every sheet right to left (the sheet view's rightToLeft).
import ExcelJS from 'exceljs';
import type { Locale } from '$lib/i18n/locale';
import type { Cell, ColumnKind, Sheet } from './sheets';

const FORMAT: Partial<Record<ColumnKind, string>> = {
	integer: '0',
	score: '0.0',
	level: '0.00',
	spread: '0.00',
	share: '0%',
	date: 'yyyy-mm-dd'
};

const WIDTH: Record<ColumnKind, number> = {
	text: 24,
	long: 48,
	integer: 10,
	score: 12,
	level: 12,
	spread: 12,
	share: 12,
	date: 13
};

function value(cell: Cell, kind: ColumnKind): ExcelJS.CellValue {
	if (cell === null || cell === '') return null;
	// A date is a date cell (midnight UTC is what Excel's serial day means).
	if (kind === 'date' && typeof cell === 'string') return new Date(`${cell}T00:00:00Z`);
	return cell;
}

export async function writeWorkbook(
	sheets: Sheet[],
	meta: { locale: Locale; title: string; now: Date }
): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'CRM Readiness';
	book.title = meta.title;
	book.created = meta.now;
	book.modified = meta.now;
	const rtl = meta.locale === 'fa';
	for (const sheet of sheets) {
		const ws = book.addWorksheet(sheet.name, {
			views: [{ state: 'frozen', ySplit: 1, rightToLeft: rtl }],
			properties: { defaultRowHeight: 18 }
		});
		ws.columns = sheet.columns.map((c) => ({
			header: c.header,
			width: WIDTH[c.kind],
			style: {
				...(FORMAT[c.kind] ? { numFmt: FORMAT[c.kind] } : {}),
				alignment: {
					vertical: 'top',
					wrapText: c.kind === 'long' || c.kind === 'text',
					...(rtl ? { readingOrder: 'rtl' as const } : {})
				}
			}
		}));
		const header = ws.getRow(1);
		header.font = { bold: true };
		header.alignment = { vertical: 'top', wrapText: true, ...(rtl ? { readingOrder: 'rtl' } : {}) };
		for (const row of sheet.rows)
			ws.addRow(row.map((cell, i) => value(cell, sheet.columns[i]?.kind ?? 'text')));
		if (sheet.rows.length > 0)
			ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
	}
	return Buffer.from(await book.xlsx.writeBuffer());
}
