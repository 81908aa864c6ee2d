import type { TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { baseStyle, columns, edges, inReadingOrder, table } from './content';
import { pageFrame } from './page';

const cell = (text: string, extra: object = {}): TableCell => ({ text, ...extra });

describe('direction helpers', () => {
	it('start from the right in Persian and from the left in English', () => {
		expect(edges('fa')).toEqual({ start: 'right', end: 'left' });
		expect(edges('en')).toEqual({ start: 'left', end: 'right' });
		expect(baseStyle('fa')).toEqual({ font: 'Vazirmatn', dir: 'rtl', alignment: 'right' });
		expect(baseStyle('en', { fontSize: 9 })).toMatchObject({ dir: 'ltr', fontSize: 9 });
	});

	it('list columns right to left in Persian', () => {
		expect(inReadingOrder('fa', [1, 2, 3])).toEqual([3, 2, 1]);
		expect(columns('en', [{ text: 'a' }, { text: 'b' }], { columnGap: 4 })).toEqual({
			columnGap: 4,
			columns: [{ text: 'a' }, { text: 'b' }]
		});
		expect(columns('fa', [{ text: 'a' }, { text: 'b' }]).columns).toEqual([
			{ text: 'b' },
			{ text: 'a' }
		]);
	});
});

describe('table', () => {
	const body = [
		[cell('A', { colSpan: 2 }), {}, cell('C')],
		[cell('a'), cell('b'), cell('c')]
	];

	it('keeps an English table as given', () => {
		expect(table('en', { body, widths: [10, 20, '*'] }).table).toMatchObject({
			body,
			widths: [10, 20, '*']
		});
	});

	it('mirrors a Persian table, keeping each spanning cell first in its group', () => {
		const mirrored = table('fa', { body, widths: [10, 20, '*'], headerRows: 1 }).table;
		expect(mirrored.widths).toEqual(['*', 20, 10]);
		expect(mirrored.headerRows).toBe(1);
		expect(mirrored.body).toEqual([
			[cell('C'), cell('A', { colSpan: 2 }), {}],
			[cell('c'), cell('b'), cell('a')]
		]);
	});
});

describe('pageFrame', () => {
	const size = { width: 600, height: 800, orientation: 'portrait' as const };
	const frame = (locale: 'en' | 'fa') =>
		pageFrame(locale, {
			title: 'T',
			note: 'N',
			pageLabel: (n, m) => `${n}/${m}`,
			margin: 50,
			color: '#000',
			ruleColor: '#ccc',
			skipFirst: true
		});

	it('skips the cover and puts "n of m" at the end edge', () => {
		expect(frame('en').footer(1, 9, size)).toBeNull();
		const footer = JSON.stringify(frame('en').footer(2, 9, size));
		expect(footer).toContain('"text":"2/9"');
		const row = (locale: 'en' | 'fa') =>
			(
				frame(locale).footer(2, 9, size) as { stack: { columns?: { text: string }[] }[] }
			).stack[1]?.columns?.map((c) => c.text);
		expect(row('en')).toEqual(['N', '2/9']);
		expect(row('fa')).toEqual(['2/9', 'N']);
	});
});
