// Running header and footer: a title at the start edge, "page n of m" at the end edge, both in
// the document's language (the caller passes the translated label, digits included).
import type { Content, DynamicContent } from 'pdfmake/interfaces';
import type { Locale } from '$lib/i18n/locale';
import { columns, edges } from './content';

export type PageFrameOptions = {
	/** Shown in the header of every page but the first. */
	title: string;
	/** Shown in the footer at the start edge. */
	note: string;
	/** "Page 3 of 14" in the document's language. */
	pageLabel: (page: number, pages: number) => string;
	/** Left/right page margin, so the frame lines up with the body. */
	margin: number;
	color: string;
	ruleColor: string;
	/** Pages without header and footer (the cover). */
	skipFirst?: boolean;
};

export function pageFrame(
	locale: Locale,
	options: PageFrameOptions
): { header: DynamicContent; footer: DynamicContent } {
	const { start, end } = edges(locale);
	const small = { fontSize: 8, color: options.color };
	const rule = (width: number): Content => ({
		canvas: [
			{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: options.ruleColor }
		]
	});
	const skip = (page: number) => options.skipFirst === true && page === 1;

	const header: DynamicContent = (page, _pages, size) => {
		if (skip(page)) return null;
		return {
			margin: [options.margin, 24, options.margin, 0],
			stack: [
				{ text: options.title, ...small, alignment: start, margin: [0, 0, 0, 4] },
				rule(size.width - 2 * options.margin)
			]
		};
	};

	const footer: DynamicContent = (page, pages, size) => {
		if (skip(page)) return null;
		return {
			margin: [options.margin, 8, options.margin, 0],
			stack: [
				rule(size.width - 2 * options.margin),
				columns(
					locale,
					[
						{ text: options.note, ...small, alignment: start },
						{ text: options.pageLabel(page, pages), ...small, alignment: end, width: 'auto' }
					],
					{ margin: [0, 4, 0, 0] }
				)
			]
		};
	};

	return { header, footer };
}
