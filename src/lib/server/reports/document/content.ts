// Direction-aware building blocks for document definitions. Pure: they return pdfmake content.
//
// The text itself needs nothing special: the RTL layout orders every line that contains Persian
// (rtl/). What the layout cannot do is decide where things go on the page, so a Persian
// document sets its paragraphs' base direction and start edge here, and lists table columns
// and side-by-side columns right to left.
import type {
	Column,
	ContentColumns,
	ContentTable,
	Size,
	Style,
	TableCell,
	TableLayout
} from 'pdfmake/interfaces';
import { dir, type Locale } from '$lib/i18n/locale';
import { FONT } from '$lib/server/pdf/font-family';

export type Edge = 'left' | 'right';

/** The edge lines start from, and the opposite one. */
export function edges(locale: Locale): { start: Edge; end: Edge } {
	return dir(locale) === 'rtl' ? { start: 'right', end: 'left' } : { start: 'left', end: 'right' };
}

/**
 * The document-wide default style: Vazirmatn, the language's base direction, and text aligned to
 * the start edge. Every paragraph inherits it, table cells included.
 */
export function baseStyle(locale: Locale, style: Style = {}): Style {
	return { font: FONT, dir: dir(locale), alignment: edges(locale).start, ...style };
}

/** Items listed in reading order: as given in English, right to left in Persian. */
export function inReadingOrder<T>(locale: Locale, items: readonly T[]): T[] {
	return dir(locale) === 'rtl' ? [...items].reverse() : [...items];
}

// A cell spanning n columns is followed by n - 1 placeholders; mirrored, it must still come
// first (leftmost) in its group.
function mirrorRow(row: readonly TableCell[]): TableCell[] {
	const groups: TableCell[][] = [];
	for (let i = 0; i < row.length;) {
		const cell = row[i] as TableCell & { colSpan?: number };
		const span = Math.max(1, cell.colSpan ?? 1);
		groups.push(row.slice(i, i + span));
		i += span;
	}
	return groups.reverse().flat();
}

export type TableSpec = {
	/** Rows in reading order (first cell = start edge), header rows first. */
	body: TableCell[][];
	/** Widths in reading order. */
	widths: Size[];
	headerRows?: number;
	dontBreakRows?: boolean;
	layout?: TableLayout;
	style?: string | string[];
	margin?: [number, number, number, number];
};

/** A table whose columns run right to left in Persian (cells align to the start edge already). */
export function table(locale: Locale, spec: TableSpec): ContentTable {
	const mirror = dir(locale) === 'rtl';
	return {
		table: {
			body: mirror ? spec.body.map(mirrorRow) : spec.body,
			widths: mirror ? [...spec.widths].reverse() : spec.widths,
			headerRows: spec.headerRows,
			dontBreakRows: spec.dontBreakRows
		},
		layout: spec.layout,
		style: spec.style,
		margin: spec.margin
	};
}

/** Side-by-side columns, right to left in Persian. */
export function columns(
	locale: Locale,
	items: Column[],
	options: Omit<ContentColumns, 'columns'> = {}
): ContentColumns {
	return { ...options, columns: inReadingOrder(locale, items) };
}
