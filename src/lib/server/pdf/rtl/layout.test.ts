// End to end: paragraphs rendered by pdfmake with the RTL layout, read back with pdf.js.
import type { Content } from 'pdfmake/interfaces';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT } from '../font-family';
import { renderPdf } from '../render';
import { embedRun } from '$lib/i18n/embed';
import { visualPieces, visualText } from './bidi';
import { drawn, HARD_LINES } from '../testing/hard-lines';
import {
	glyphLines,
	openPdf,
	pageGlyphs,
	textItems,
	visualString,
	xOf,
	type Glyph
} from '../testing/extract';

const A4_WIDTH = 595.28;
const MARGIN = 40;

async function renderLines(content: Content[]): Promise<{ pdf: Buffer; lines: Glyph[][] }> {
	const pdf = await renderPdf({
		pageSize: 'A4',
		pageMargins: MARGIN,
		defaultStyle: { font: FONT, fontSize: 14 },
		content
	});
	const lines = glyphLines(await pageGlyphs(await openPdf(pdf), 1));
	return { pdf, lines };
}

/** x of each drawn string, in the order given. */
const xs = (line: Glyph[], drawnTexts: string[]) => drawnTexts.map((t) => xOf(line, t));
const descending = (values: number[]) =>
	values.every((v, i) => i === 0 || v < (values[i - 1] ?? 0));
const ascending = (values: number[]) => values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0));

describe('the three hard lines, each a right-aligned paragraph', () => {
	let lines: Glyph[][] = [];
	beforeAll(async () => {
		({ lines } = await renderLines(
			HARD_LINES.map((l) => ({ text: l.logical, alignment: 'right' }))
		));
	});
	const line = (n: number) => lines[n] ?? [];

	it('draws every line with the glyphs in the order Chromium draws them', () => {
		expect(lines).toHaveLength(3);
		HARD_LINES.forEach((hard, i) => expect(visualString(line(i))).toBe(hard.visual));
	});

	it('keeps each line against the right margin', () => {
		for (const l of lines) {
			const last = l.at(-1);
			expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(A4_WIDTH - MARGIN, 0);
		}
	});

	it('runs the Persian words of a line right to left in logical order', () => {
		const words = ['فروش', 'ریال', 'سال', 'برای', 'شرکت', 'رشد'];
		expect(descending(xs(line(0), words.map(drawn)))).toBe(true);
		const second = ['قیمت', 'مالیات', 'برابر', 'دلار', 'درست', 'است؟'];
		expect(descending(xs(line(1), second.map(drawn)))).toBe(true);
	});

	it('puts Latin names and numbers left to right, in their place in the sentence', () => {
		const first = line(0);
		expect(ascending(xs(first, ['Acme', 'Corp']))).toBe(true);
		// … شرکت Acme Corp (رشد: the name sits between the two Persian words around it.
		expect(xOf(first, 'Corp')).toBeLessThan(xOf(first, drawn('شرکت')));
		expect(xOf(first, 'Acme')).toBeGreaterThan(xOf(first, drawn('رشد')));
		expect(ascending(xs(first, ['1,', '234', ',567']))).toBe(true);
		expect(xOf(first, '1,234,567')).toBeLessThan(xOf(first, drawn('کل:')));
		expect(xOf(first, '1,234,567')).toBeGreaterThan(xOf(first, drawn('ریال')));
	});

	it('mirrors brackets: each pair encloses its Persian words', () => {
		const second = line(1);
		// Drawn left to right: "(" then "مالیات با" then ")" — the opening bracket on the right.
		expect(visualString(second)).toContain(' (' + drawn('با مالیات') + ') ');
		expect(visualString(second)).toContain(' [' + drawn('دلار') + ' ۲۵۰] ');
		expect(ascending(xs(second, ['۲', '۵', '۰']))).toBe(true);
	});

	it('reads a Persian date, a time and amounts as in the reference', () => {
		const third = line(2);
		expect(ascending(xs(third, ['۱۲-', '۰۵', '-۱۴۰۳']))).toBe(true);
		expect(ascending(xs(third, ['$37.50', '=', '$12.50', '×']))).toBe(true);
		expect(xOf(third, '14:30')).toBeLessThan(xOf(third, drawn('ساعت')));
		expect(ascending(xs(third, ['۱۲۳۴#', drawn('سفارش')]))).toBe(true);
	});
});

describe('drawing what the bidi layer ordered', () => {
	// Hard cases for the drawing step: digits and ٪ reversed back inside right-to-left text,
	// neutral words with trailing spaces, brackets, in both paragraph directions.
	const lines = [
		['rtl', 'مبلغ ۱۲٬۵۰۰ ریال (۳٪ تخفیف) - قطعی؟'],
		['rtl', 'سفارش #۱۲۳۴ و کد «AB-12» - ثبت شد.'],
		['rtl', '(الف) و [ب] - ج ، د'],
		['ltr', 'Corp (رشد ۴۵٪) قیمت و کد'],
		['ltr', 'Owner: علی (٪۴۵) #۱۲ - end']
	] as const;

	it('draws every glyph where the visual order puts it', async () => {
		const { lines: drawnLines } = await renderLines(
			lines.map(([dir, text]) => ({ text, dir, alignment: dir === 'rtl' ? 'right' : 'left' }))
		);
		expect(drawnLines.map(visualString)).toEqual(
			lines.map(([dir, text]) => visualText(visualPieces([{ text, source: 0 }], dir)))
		);
	});
});

describe('other paragraphs', () => {
	it('reads a Persian-calendar date with slashes left to right, where the sentence puts it', async () => {
		const { lines } = await renderLines([
			{ text: 'تاریخ گزارش: ۱۴۰۳/۰۵/۱۲ است', alignment: 'right' }
		]);
		const [line = []] = lines;
		expect(visualString(line)).toBe(drawn('است') + ' ۱۴۰۳/۰۵/۱۲ ' + drawn('تاریخ گزارش:'));
		expect(ascending(xs(line, ['۱۴۰۳', '/۰۵', '/۱۲']))).toBe(true);
	});

	it('keeps bold and coloured runs styled, in visual order', async () => {
		const { lines } = await renderLines([
			{
				text: ['متن ', { text: 'پررنگ', bold: true, color: '#c9731b' }, ' و ادامه'],
				alignment: 'right'
			}
		]);
		const [line = []] = lines;
		expect(visualString(line)).toBe(drawn('متن پررنگ و ادامه'));
		const fontOf = (t: string) => line[visualString(line).indexOf(t)]?.font;
		expect(fontOf(drawn('پررنگ'))).not.toBe(fontOf(drawn('ادامه')));
		expect(fontOf(drawn('متن'))).toBe(fontOf(drawn('ادامه')));
	});

	it('wraps a long Persian paragraph with every line against the right edge', async () => {
		const text = Array.from({ length: 6 }, () => HARD_LINES[0].logical).join(' ');
		const { lines } = await renderLines([{ text, alignment: 'right' }]);
		expect(lines.length).toBeGreaterThan(3);
		for (const l of lines.slice(0, -1)) {
			const last = l.at(-1);
			expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(A4_WIDTH - MARGIN, 0);
		}
	});

	it('lays out a Persian name inside an English sentence left to right', async () => {
		const { lines } = await renderLines([{ text: 'Owner: علی رضایی (sales), due 2026' }]);
		const [line = []] = lines;
		expect(visualString(line)).toBe('Owner: ' + drawn('علی رضایی') + ' (sales), due 2026');
		expect(line[0]?.x).toBeCloseTo(MARGIN, 0);
	});

	it('leaves English text alone', async () => {
		const text = 'Readiness roadmap for Acme Corp (draft 2), 24 November 2026: 12 actions.';
		const { pdf, lines } = await renderLines([
			{ text },
			{ text: 'Page 1 of 3', alignment: 'right' }
		]);
		expect(lines.map(visualString)).toEqual([text, 'Page 1 of 3']);
		const items = (await textItems(await openPdf(pdf)))[0] ?? [];
		expect(items.map((i) => i.str).join('')).toContain(text);
	});
});

// A name in the other script inside a line of the roadmap (issue 16 §8): the organisation and
// the assessment are the users' own words, in either script. Marks (U+200E/U+200F, zero-width)
// are not drawn visibly; they are left out of the comparison.
describe('mixed-script lines', () => {
	const shown = (line: Glyph[]) => visualString(line).replace(/[\u200E\u200F]/g, '');

	it('keeps a Latin assessment title apart from the Persian date in the footer', async () => {
		const title = 'Readiness after the first 90 days';
		const { lines } = await renderLines([
			{ text: `${embedRun(title, 'rtl')} · ۱۶ آذر ۱۴۰۵`, alignment: 'right' },
			{ text: `${title} · ۱۶ آذر ۱۴۰۵`, alignment: 'right' }
		]);
		const [line = [], bare = []] = lines;
		// Read right to left: the title, then «۱۶ آذر ۱۴۰۵» whole.
		expect(shown(line)).toBe(`۱۴۰۵ ${drawn('آذر')} ۱۶ · ${title}`);
		expect(xOf(line, 'days')).toBeGreaterThan(xOf(line, '۱۶'));
		expect(xOf(line, '۱۶')).toBeGreaterThan(xOf(line, drawn('آذر')));
		// Without the marks the day joins the title and leaves its month: the fault we fixed.
		expect(shown(bare)).not.toBe(shown(line));
	});

	it('keeps the score beside its words when a Latin organisation sits in a Persian sentence', async () => {
		const name = 'Demo — Parsian Trading';
		const { lines } = await renderLines([
			{ text: `امتیاز ${embedRun(name, 'rtl')} ۴۵ از ۱۰۰ است.`, alignment: 'right' }
		]);
		const [line = []] = lines;
		expect(shown(line)).toBe(`.${drawn('است')} ۱۰۰ ${drawn('از')} ۴۵ ${name} ${drawn('امتیاز')}`);
		expect(xOf(line, drawn('امتیاز'))).toBeGreaterThan(xOf(line, 'Demo'));
		expect(xOf(line, 'Trading')).toBeGreaterThan(xOf(line, '۴۵'));
		expect(xOf(line, '۴۵')).toBeGreaterThan(xOf(line, '۱۰۰'));
	});

	it('keeps a Persian organisation apart from the English date after it', async () => {
		const name = 'نمونه — بازرگانی پارسیان';
		const { lines } = await renderLines([{ text: `${embedRun(name, 'ltr')} · 7 December 2026` }]);
		const [line = []] = lines;
		expect(shown(line)).toBe(`${drawn(name)} · 7 December 2026`);
		expect(xOf(line, drawn('نمونه'))).toBeLessThan(xOf(line, '7 December'));
		expect(line[0]?.x).toBeCloseTo(MARGIN, 0);
	});

	it('leaves a name of the sentence’s own script unmarked', () => {
		expect(embedRun('نمونه — بازرگانی پارسیان', 'rtl')).toBe('نمونه — بازرگانی پارسیان');
		expect(embedRun('Acme Corp', 'ltr')).toBe('Acme Corp');
		expect(embedRun('2026', 'rtl')).toBe('2026');
		expect(embedRun('Acme', 'rtl')).toBe('\u200FAcme\u200F');
	});
});
