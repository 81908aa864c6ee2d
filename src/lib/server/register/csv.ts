// Writing CSV that spreadsheet programs open safely: UTF-8 with a byte-order mark (so Excel
// reads Persian correctly), CRLF lines, and cells that would start a formula neutralised.
import { attachment } from '$lib/server/download';

export const BOM = '\ufeff';

// = + - @ start a formula in Excel, LibreOffice and Google Sheets; a leading tab or carriage
// return can hide one. A leading apostrophe makes the cell plain text (OWASP's advice).
const FORMULA = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
	return FORMULA.test(value) ? `'${value}` : value;
}

/** Undo `neutralise` on import, so an exported file comes back as it went out. */
export function unneutralise(value: string): string {
	return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	const s = neutralise(String(value));
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
	return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A CSV download: the file name in plain ASCII and the reader's own in UTF-8 (RFC 6266). */
export function csvHeaders(ascii: string, full = ascii): HeadersInit {
	return {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': attachment(ascii, full),
		'cache-control': 'no-store'
	};
}
