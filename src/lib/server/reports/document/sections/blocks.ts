// Pieces every section uses: its heading and introduction, data tables, small coloured labels.
import type { Content, Size, TableCell } from 'pdfmake/interfaces';
import { table } from '../content';
import type { Ctx } from './context';
import { COLORS } from '../theme';
import { plainLayout, tableLayout } from './styles';

export const SECTIONS = [
	'summary',
	'readiness',
	'blockers',
	'blocks',
	'points',
	'risks',
	'findings',
	'plan',
	'goals',
	'change',
	'scope',
	'appendix',
	'method'
] as const;
export type Section = (typeof SECTIONS)[number];

/** The id of a section's heading node, found by tests and usable as a link target. */
export const sectionId = (section: Section) => `section-${section}`;

/** A section title (bookmarked in the PDF outline) and, if it has one, its introduction. */
export function sectionHeading(
	ctx: Ctx,
	section: Section,
	options: { pageBreak?: boolean; intro?: boolean } = {}
): Content[] {
	const title = ctx.t(`report.sections.${section}`);
	const heading: Content = {
		text: title,
		id: sectionId(section),
		style: 'h1',
		outline: true,
		...(options.pageBreak === false ? { margin: [0, 20, 0, 4] } : { pageBreak: 'before' })
	};
	if (options.intro === false) return [heading];
	return [heading, { text: ctx.t(`report.intro.${section}`), style: 'intro' }];
}

export function subheading(text: string, options: { pageBreak?: boolean } = {}): Content {
	return options.pageBreak ? { text, style: 'h2', pageBreak: 'before' } : { text, style: 'h2' };
}

/** A table with a teal header row, repeated on every page it runs over. */
export function dataTable(
	ctx: Ctx,
	header: string[],
	rows: TableCell[][],
	widths: Size[],
	options: { margin?: [number, number, number, number] } = {}
): Content {
	const head: TableCell[] = header.map((h) => ({ text: h, style: 'th' }));
	return table(ctx.locale, {
		body: [head, ...rows],
		widths,
		headerRows: 1,
		dontBreakRows: true,
		layout: tableLayout,
		margin: options.margin ?? [0, 0, 0, 10]
	});
}

/** A table cell that reads as a coloured label, e.g. a status or a risk level. */
export function chipCell(text: string, color: string, background: string): TableCell {
	return { text, style: 'chip', color, fillColor: background };
}

/**
 * A bulleted list. pdfmake's own lists always put the bullet on the left, so this is a
 * two-column table, mirrored in Persian like every other table.
 */
export function bullets(
	ctx: Ctx,
	items: readonly string[],
	color: string = COLORS.accent
): Content {
	return table(ctx.locale, {
		widths: [10, '*'],
		body: items.map((item): TableCell[] => [
			{ text: '•', color, bold: true, alignment: 'center' },
			{ text: item, style: 'td', lineHeight: 1.15 }
		]),
		layout: { ...plainLayout, paddingTop: () => 1, paddingBottom: () => 1 },
		margin: [0, 0, 0, 6]
	});
}
