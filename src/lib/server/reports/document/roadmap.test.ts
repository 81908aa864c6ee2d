// The roadmap's document definition, checked without rendering it.
import type { DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { formatDate } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { demoWorkshop } from '../../../../../tests/fixtures/roadmap/demo-workshop';
import { buildRoadmap, SECTIONS, sectionId } from './roadmap';

type Node = Record<string, unknown>;

/** Every node of a content tree, depth first, in document order. */
function nodes(content: unknown): Node[] {
	if (Array.isArray(content)) return content.flatMap(nodes);
	if (!content || typeof content !== 'object') return [];
	const node = content as Node;
	const children = ['text', 'stack', 'columns', 'ul', 'ol'].flatMap((k) =>
		Array.isArray(node[k]) ? nodes(node[k]) : typeof node[k] === 'object' ? nodes(node[k]) : []
	);
	const table = node.table as { body?: unknown[][] } | undefined;
	return [node, ...children, ...(table?.body ?? []).flatMap((row) => nodes(row))];
}

/** Every string the reader can see: text values, not style names, colours or SVG markup. */
function texts(content: unknown): string[] {
	if (typeof content === 'string') return [content];
	return nodes(content).flatMap((n) => {
		if (typeof n.text === 'string') return [n.text];
		if (Array.isArray(n.text)) return n.text.filter((t): t is string => typeof t === 'string');
		return [];
	});
}

const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' as const };
function frame(doc: TDocumentDefinitions, page: number, pages: number): string[] {
	const call = (f: unknown) => (f as DynamicContent)(page, pages, A4);
	return [...texts(call(doc.header)), ...texts(call(doc.footer))];
}

function tableWithHeader(doc: TDocumentDefinitions, header: string) {
	const found = nodes(doc.content).find((n) => {
		const body = (n.table as { body?: Node[][] } | undefined)?.body;
		return body?.[0]?.some((cell) => cell.text === header);
	});
	if (!found) throw new Error(`no table with the header "${header}"`);
	return found.table as { body: Node[][]; widths: unknown[] };
}

const en = buildRoadmap(demoWorkshop('en'));
const fa = buildRoadmap(demoWorkshop('fa'));

describe('buildRoadmap: sections', () => {
	it.each([
		['en', en],
		['fa', fa]
	] as const)('has every section once, in order, titled in the language (%s)', (locale, doc) => {
		const t = serverT(locale);
		const headings = nodes(doc.content).filter(
			(n) => typeof n.id === 'string' && n.id.startsWith('section-')
		);
		expect(headings.map((h) => h.id)).toEqual(SECTIONS.map(sectionId));
		expect(headings.map((h) => h.text)).toEqual(SECTIONS.map((s) => t(`report.sections.${s}`)));
	});

	it('starts with the cover: title, organisation, assessment and date', () => {
		const first = texts(fa.content).slice(0, 6);
		expect(first).toEqual([
			'نقشهٔ راه آمادگی مدیریت ارتباط با مشتری',
			'نتایج ارزیابی، ریسک‌ها و برنامهٔ آماده‌سازی',
			'شرکت پخش دارویی سپهر',
			'کارگاه سنجش آمادگی مدیریت ارتباط با مشتری، دفتر مرکزی و فروش منطقه‌ای',
			// The particulars are a mirrored table: the value's column comes first, on the left.
			'۲۷ آبان ۱۴۰۵',
			'تاریخ'
		]);
		expect(formatDate('fa', '2026-11-18')).toBe('۲۷ آبان ۱۴۰۵');
		expect(texts(en.content).slice(4, 6)).toEqual(['Date', '18 November 2026']);
	});
});

describe('buildRoadmap: language', () => {
	it('leaves no Latin letters in a Persian roadmap except proper names', () => {
		// "Excel" is the one proper name the Persian fixture writes in Latin script.
		const all = [...texts(fa.content), ...frame(fa, 2, 20)];
		const latin = all.filter((s) => /[A-Za-z]/.test(s.replaceAll('Excel', '')));
		expect(latin).toEqual([]);
		expect(all.some((s) => s.includes('Excel'))).toBe(true);
	});

	it('writes numbers and dates of a Persian roadmap in Persian digits and calendar', () => {
		const all = texts(fa.content);
		expect(all.filter((s) => /[0-9]/.test(s))).toEqual([]);
		expect(all).toContain(formatDate('fa', '2026-12-15', 'short'));
		expect(formatDate('fa', '2026-12-15', 'short')).toBe('۱۴۰۵/۰۹/۲۴');
	});

	it('has no Persian in an English roadmap', () => {
		expect(
			[...texts(en.content), ...frame(en, 2, 20)].filter((s) => /\p{Script=Arabic}/u.test(s))
		).toEqual([]);
	});

	it('sets the base direction and start edge of every paragraph', () => {
		expect(fa.defaultStyle).toMatchObject({ dir: 'rtl', alignment: 'right', font: 'Vazirmatn' });
		expect(en.defaultStyle).toMatchObject({ dir: 'ltr', alignment: 'left', font: 'Vazirmatn' });
	});

	it('numbers pages "n of m" in the language, on every page but the cover', () => {
		expect(frame(fa, 3, 24)).toContain('صفحهٔ ۳ از ۲۴');
		expect(frame(en, 3, 24)).toContain('Page 3 of 24');
		expect(frame(en, 1, 24)).toEqual([]);
	});
});

describe('buildRoadmap: tables', () => {
	it('lists the columns of a Persian table right to left', () => {
		const t = { en: serverT('en'), fa: serverT('fa') };
		const keys = ['goal', 'kpi', 'baseline', 'target', 'owner', 'date'];
		const header = (doc: TDocumentDefinitions, locale: 'en' | 'fa') =>
			tableWithHeader(doc, t[locale]('report.goals.kpi')).body[0]?.map((c) => c.text);
		expect(header(en, 'en')).toEqual(keys.map((k) => t.en(`report.goals.${k}`)));
		expect(header(fa, 'fa')).toEqual(keys.map((k) => t.fa(`report.goals.${k}`)).reverse());
		const widths = (doc: TDocumentDefinitions, locale: 'en' | 'fa') =>
			tableWithHeader(doc, t[locale]('report.goals.kpi')).widths;
		expect(widths(fa, 'fa')).toEqual([...widths(en, 'en')].reverse());
	});

	it('keeps a spanning header cell first in its group when mirrored', () => {
		const levels = (doc: TDocumentDefinitions, locale: 'en' | 'fa') =>
			tableWithHeader(doc, serverT(locale)('report.appendix.statement')).body[0] ?? [];
		for (const [doc, locale] of [
			[en, 'en'],
			[fa, 'fa']
		] as const) {
			const row = levels(doc, locale);
			const at = row.findIndex((c) => c.colSpan === 5);
			expect(row.slice(at + 1, at + 5)).toEqual([{}, {}, {}, {}]);
		}
		expect(levels(fa, 'fa').findIndex((c) => c.colSpan === 5)).toBe(3);
		expect(levels(en, 'en').findIndex((c) => c.colSpan === 5)).toBe(1);
	});
});

describe('buildRoadmap: anonymity and purity', () => {
	const names = ['Kaveh Rahimi', 'Reza Ahmadi', 'Elham Yazdani'];

	it('shows participants by name in a named session', () => {
		const all = texts(en.content).join('\n');
		for (const name of names) expect(all).toContain(name);
	});

	it('never prints a name for an anonymous session, even if the data carries names', () => {
		const named = demoWorkshop('en');
		const doc = buildRoadmap({ ...named, anonymous: true });
		const all = texts(doc.content).join('\n');
		for (const name of names) expect(all).not.toContain(name);
		expect(all).toContain(serverT('en')('report.appendix.anonymous'));
	});

	it('is a pure function of its data', () => {
		const data = demoWorkshop('fa');
		const before = JSON.stringify(data);
		const a = buildRoadmap(data);
		const b = buildRoadmap(data);
		expect(JSON.stringify(data)).toBe(before);
		expect(JSON.stringify(a.content)).toBe(JSON.stringify(b.content));
	});

	it('draws the charts as SVG with no words in them', () => {
		const svgs = nodes(fa.content)
			.map((n) => n.svg)
			.filter((s): s is string => typeof s === 'string');
		// Radar, bars, gauge, timeline, and a marker and a gauge per failure risk.
		expect(svgs.length).toBe(4 + 2 * 5);
		for (const svg of svgs) {
			const shown = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]).join('');
			expect(shown).toMatch(/^[۰-۹]*$/);
		}
	});
});
