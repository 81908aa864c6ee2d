// The demo roadmap rendered to PDF and read back with pdf.js: what a reader of the Persian
// edition actually sees, glyph by glyph, and a sanity check of the English one.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '$lib/i18n/locale';
import { renderPdf } from '$lib/server/pdf/render';
import { drawn } from '$lib/server/pdf/testing/hard-lines';
import {
	glyphLines,
	openPdf,
	pageGlyphs,
	textItems,
	visualString,
	xOf,
	type Glyph
} from '$lib/server/pdf/testing/extract';
import { demoWorkshop } from '../../../../../tests/fixtures/roadmap/demo-workshop';
import { buildRoadmap } from './roadmap';

type Page = { lines: Glyph[][]; text: string[] };

const descending = (values: number[]) =>
	values.every((v, i) => i === 0 || v < (values[i - 1] ?? 0));
const persianDigits = (n: number) => n.toLocaleString('fa-IR', { useGrouping: false });

describe('the Persian roadmap as rendered', () => {
	let pdf: Buffer;
	const pages: Page[] = [];
	const lineWith = (drawnText: string): Glyph[] => {
		for (const page of pages) {
			const line = page.lines.find((l) => visualString(l).includes(drawnText));
			if (line) return line;
		}
		throw new Error(`no line shows "${drawnText}"`);
	};

	beforeAll(async () => {
		pdf = await renderPdf(buildRoadmap(demoWorkshop('fa')));
		const doc = await openPdf(pdf);
		for (let p = 1; p <= doc.numPages; p++) {
			const lines = glyphLines(await pageGlyphs(doc, p));
			pages.push({ lines, text: lines.map(visualString) });
		}
	}, 30_000);

	it('is a PDF of the expected length and size', () => {
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pages.length).toBeGreaterThanOrEqual(18);
		expect(pages.length).toBeLessThanOrEqual(30);
		expect(pdf.length).toBeLessThan(600_000);
	});

	it('numbers every page but the cover "page n of m" in Persian', () => {
		const m = persianDigits(pages.length);
		pages.forEach((page, i) => {
			// "صفحهٔ ۳ از ۲۴", read right to left: the total is drawn leftmost.
			const label = `${m} ${drawn('از')} ${persianDigits(i + 1)} ${drawn('صفحهٔ')}`;
			if (i === 0) expect(page.text.join('\n')).not.toContain(label);
			else expect(page.text.at(-1)).toContain(label);
		});
	});

	it('runs the words of a Persian line right to left, in logical order', () => {
		const heading = lineWith(drawn('آنچه نتیجه'));
		const words = ['آنچه', 'نتیجه', 'پایین', 'نگه'].map((w) => xOf(heading, drawn(w)));
		expect(descending(words)).toBe(true);
		// The summary's first line: "بیست‌وپنج نفر از مدیران ارشد، فروش، خدمات، انبار و مالی در کارگاه …"
		const body = lineWith(drawn('کارگاه شرکت کردند'));
		const order = ['نفر', 'مدیران', 'خدمات', 'انبار', 'مالی', 'کارگاه', 'کردند'];
		expect(descending(order.map((w) => xOf(body, drawn(w))))).toBe(true);
	});

	it('reads Persian-calendar dates in their own order', () => {
		// The cover: "۲۷ آبان ۱۴۰۵", day on the right.
		lineWith(`۱۴۰۵ ${drawn('آبان')} ۲۷`);
		// A due date in the plan, as the table prints it: year, month, day from the left.
		const due = formatDate('fa', '2026-12-15', 'short');
		expect(due).toBe('۱۴۰۵/۰۹/۲۴');
		const line = lineWith(due);
		expect(xOf(line, '۱۴۰۵')).toBeLessThan(xOf(line, '۰۹/'));
	});

	it('places brackets, numbers and Latin names as the reference rendering does', () => {
		// "۱. اهداف ضعیف (زیاد)": the number on the right, the bracket pair around its word.
		lineWith(`(${drawn('زیاد')}) ${drawn('اهداف ضعیف')} .۱`);
		// "… از ۰ تا ۱۰۰ …": the range reads right to left, each number left to right.
		lineWith(`۱۰۰ ${drawn('تا')} ۰ ${drawn('از')}`);
		// "… ۶٬۹۰۰ رکورد برای ۴٬۲۰۰ مشتری …"
		lineWith(`${drawn('مشتری')} ۴٬۲۰۰ ${drawn('برای')} ${drawn('رکورد')} ۶٬۹۰۰`);
		// "… یک بار در Excel.": the name left to right, the full stop at the end of the line.
		lineWith(`.Excel ${drawn('در')}`);
	});

	it('prints target, gap to target and projected beside the index, each word before its figure', () => {
		// The zero-width non-joiner of «پیش‌بینی‌شده» is drawn as a gap between its parts.
		const shown = (logical: string) => drawn(logical.replaceAll('\u200c', ' '));
		for (const [label, value] of [
			['هدف', '۷۴'],
			['فاصله تا هدف', '۲۸'],
			['پیش‌بینی‌شده', '۶۱']
		] as const) {
			const line = lineWith(`${value} :${shown(label)}`);
			// Read right to left: the label first (rightmost), then its figure.
			expect(xOf(line, shown(label))).toBeGreaterThan(xOf(line, value));
		}
		// A finding's heading: "امتیاز ۴۲ هدف ۷۵", the target after the score.
		const heading = lineWith(`۷۵ ${drawn('هدف')}   ۴۲ ${drawn('امتیاز')}`);
		expect(xOf(heading, drawn('امتیاز'))).toBeGreaterThan(xOf(heading, drawn('هدف')));
	});

	it('shows what the workshop agreed, with the spread before agreement, in logical order', () => {
		// "توافق‌شده: سطح ۱ از ۴ — پیش از توافق، پاسخ‌ها از ۱ تا ۳ بود (میانگین ۱٫۸، …)"
		const line = lineWith(`۴ ${drawn('از')} ۱ ${drawn('سطح')} :${drawn('توافق شده')}`);
		const order = [drawn('توافق شده'), drawn('سطح'), drawn('پیش از توافق'), drawn('میانگین')];
		expect(descending(order.map((w) => xOf(line, w)))).toBe(true);
		lineWith(drawn('توافق شده در کارگاه'));
	});

	it('ends with the sources and the method', () => {
		const last = pages.at(-1)?.text.join('\n') ?? '';
		expect(last).toContain(drawn('منابع و روش'));
		expect(last).toContain(`۵۰ ${drawn('تا')} ۳۰`);
		expect(last).toContain(drawn('گارتنر'));
	});

	it('draws chart numbers in reading order, with the bars mirrored', () => {
		// The axis of the ten points, right to left: ۰ ۲۵ ۵۰ ۷۵ ۱۰۰.
		expect(pages.some((p) => p.text.includes('۱۰۰۷۵۵۰۲۵۰'))).toBe(true);
	});
});

describe('the English roadmap as rendered', () => {
	let numPages = 0;
	let text: (p: number) => string = () => '';
	let all = '';
	beforeAll(async () => {
		const doc = await openPdf(await renderPdf(buildRoadmap(demoWorkshop('en'))));
		numPages = doc.numPages;
		const items = await textItems(doc);
		text = (p: number) => (items[p - 1] ?? []).map((i) => i.str).join(' ');
		all = Array.from({ length: numPages }, (_, i) => text(i + 1)).join('\n');
	}, 30_000);

	it('reads left to right with "Page n of m" footers', () => {
		expect(numPages).toBeGreaterThanOrEqual(18);
		expect(text(1)).toContain('CRM readiness roadmap');
		expect(text(1)).toContain('18 November 2026');
		expect(text(2)).toContain(`Page 2 of ${numPages}`);
		expect(text(numPages)).toContain(`Page ${numPages} of ${numPages}`);
	});

	it('prints "Target", "Projected" and "Agreed" beside their figures', () => {
		// Beside the index (the demo: 45 now, 74 at target, 28 short of it, 61 once planned).
		for (const figure of ['Target: 74', 'Gap to target: 28', 'Projected: 61'])
			expect(all).toContain(figure);
		// A finding's heading carries the target after the score.
		expect(all).toMatch(/Score\s*42\s+Target\s*75/);
		expect(all).toContain('Agreed: level 1 of 4');
		expect(all).toContain('before agreement the answers ranged from 1 to 3');
		expect(all).toContain('Agreed view: the levels the workshop agreed on for 3 statements');
	});

	it('lists the "not applicable" answers with their reasons, and ends with the sources', () => {
		expect(all).toContain('Decided elsewhere');
		expect(all).toContain('We sell through pharmacies only.');
		const last = text(numPages);
		expect(last).toContain('Sources and method');
		expect(last).toContain('30 to 50 per cent');
		expect(last).toContain("Gartner's framework of the eight building blocks");
	});
});
