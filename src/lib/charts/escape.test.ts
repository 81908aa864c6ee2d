import { describe, expect, it } from 'vitest';
import { apexOptions } from './apex';
import { escapeHtml, htmlSafe } from './escape';
import type { ChartSpec } from './types';

const IMG = '<img src=x onerror=alert(1)>';
const META = '<meta http-equiv="refresh" content="0;url=https://evil.example">';

const specs: ChartSpec[] = [
	{ kind: 'radar', categories: [IMG, META], series: [{ name: META, values: [1, 2] }] },
	{ kind: 'bar', horizontal: true, categories: [META], series: [{ name: IMG, values: [50] }] },
	{ kind: 'bar', horizontal: false, categories: [IMG], series: [{ name: META, values: [50] }] },
	{ kind: 'line', categories: [`${META} · 2026-01-01`], series: [{ name: IMG, values: [10] }] },
	{
		kind: 'heatmap',
		rows: [IMG],
		columns: [META],
		cells: [[{ heat: 1, value: 2 }]],
		legend: [IMG, META, 'high']
	}
];

type F = (v: unknown, o?: unknown) => string;

describe('htmlSafe', () => {
	it('escapes markup, quotes and arrays of lines', () => {
		expect(escapeHtml(META)).toBe(
			'&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example&quot;&gt;'
		);
		expect(escapeHtml(['<b>', "it's"])).toBe('&lt;b&gt; it&#39;s');
		expect(escapeHtml(null)).toBe('');
	});

	it.each(['en', 'fa'] as const)(
		'escapes what every chart puts into its tooltip and legend (%s)',
		(locale) => {
			for (const spec of specs) {
				const o = htmlSafe(apexOptions(spec, locale, { height: 300, width: 400 }));
				const tooltip = o.tooltip as {
					x: { formatter: F };
					y: { formatter: F; title: { formatter: F } };
				};
				const names = [IMG, META, [IMG, META]];
				const outputs = [
					...names.map((n) => tooltip.x.formatter(n)),
					...names.map((n) => tooltip.y.title.formatter(n)),
					...names.map((n) => (o.legend?.formatter as F)(n as string, {}))
				];
				for (const out of outputs) {
					expect(out, spec.kind).not.toMatch(/[<>"]/);
					expect(out, spec.kind).toContain('&lt;');
				}
				// Numbers still come through our formatter (Persian digits for Persian).
				if (spec.kind !== 'heatmap')
					expect(tooltip.y.formatter(42)).toBe(locale === 'fa' ? '۴۲' : '42');
			}
		}
	);

	it("writes the tooltip's title as ApexCharts would, through its label formatters", () => {
		const o = htmlSafe(apexOptions(specs[3] as ChartSpec, 'en', { height: 300 }));
		const x = (o.tooltip?.x as { formatter: F }).formatter;
		const categories = [IMG, 'Plain'];
		const w = { globals: { xLabelFormatter: (v: unknown) => categories[Number(v) - 1] } };
		expect(x(2, { w })).toBe('Plain');
		expect(x(1, { w })).toBe('&lt;img src=x onerror=alert(1)&gt;');
		const horizontal = { globals: { isBarHorizontal: true, yLabelFormatters: [() => META] } };
		expect(x(0, { w: horizontal })).not.toContain('<');
	});

	it('keeps a series title with its colon, and none for an unnamed series', () => {
		const o = htmlSafe(apexOptions(specs[2] as ChartSpec, 'en', { height: 300 }));
		const title = (o.tooltip?.y as { title: { formatter: F } }).title.formatter;
		expect(title('A & B')).toBe('A &amp; B: ');
		expect(title('')).toBe('');
	});
});
