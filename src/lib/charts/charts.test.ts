import { describe, expect, it } from 'vitest';
import { apexOptions, isolate, labelFormatter, radarRadius, wrapLabel } from './apex';
import { htmlSafe } from './escape';
import { formatScore } from './format';
import { mirrorSpec } from './mirror';
import { riskMatrixSpec } from './risk';
import { roleComparisonSpec } from './roles';
import { barSpec, radarSpec } from './scores';
import { trendSpec, type TrendPoint } from './trend';

const PERSIAN_DIGIT = /[۰-۹]/;
const LATIN_DIGIT = /[0-9]/;

describe('score charts', () => {
	it('draws one radar spoke per item, unknown kept as null', () => {
		const spec = radarSpec(
			[
				{ title: 'Vision', score: 56.25 },
				{ title: 'Strategy', score: 100 / 3 },
				{ title: 'Metrics', score: null }
			],
			'Score'
		);
		expect(spec).toEqual({
			kind: 'radar',
			categories: ['Vision', 'Strategy', 'Metrics'],
			series: [{ name: 'Score', values: [56.25, 100 / 3, null] }]
		});
	});

	it('draws the ten points as horizontal bars in questionnaire order', () => {
		const spec = barSpec(
			[
				{ title: 'Barriers', score: 75 },
				{ title: 'Speed to cash', score: 12.5 }
			],
			'Score'
		);
		expect(spec.horizontal).toBe(true);
		expect(spec.categories).toEqual(['Barriers', 'Speed to cash']);
		expect(spec.series).toEqual([{ name: 'Score', values: [75, 12.5] }]);
	});
});

describe('role comparison', () => {
	it('groups the index and each lens, one series per role layer', () => {
		const spec = roleComparisonSpec(
			[
				{ name: 'Executive', index: 62.5, lenses: { a: 50, b: 75 } },
				{ name: 'Specialist', index: 40, lenses: { a: 30 } }
			],
			[
				{ id: 'a', title: 'Lens A' },
				{ id: 'b', title: 'Lens B' }
			],
			'Index'
		);
		expect(spec.categories).toEqual(['Index', 'Lens A', 'Lens B']);
		expect(spec.series).toEqual([
			{ name: 'Executive', values: [62.5, 50, 75] },
			{ name: 'Specialist', values: [40, 30, null] }
		]);
	});
});

describe('failure-risk matrix', () => {
	const labels = { high: 'High', medium: 'Medium', low: 'Low' };

	it('puts each cause in the column of its level, with its exposure, high first', () => {
		const spec = riskMatrixSpec(
			[
				{ title: 'Weak goals', level: 'high', exposure: 81.25 },
				{ title: 'Scope creep', level: 'low', exposure: 0 },
				{ title: 'Adoption', level: 'medium', exposure: null }
			],
			labels
		);
		expect(spec.columns).toEqual(['High', 'Medium', 'Low']);
		expect(spec.rows).toEqual(['Weak goals', 'Scope creep', 'Adoption']);
		const none = { heat: 0, value: null };
		expect(spec.cells).toEqual([
			[{ heat: 3, value: 81.25 }, none, none],
			[none, none, { heat: 1, value: 0 }],
			[none, { heat: 2, value: null }, none]
		]);
		expect(spec.legend).toEqual(['Low', 'Medium', 'High']);
	});
});

describe('trend', () => {
	const points: TrendPoint[] = [
		{ label: 'Baseline', date: '2024-03-20', scores: { index: 40, a: 30 } },
		{ label: 'After training', date: '2024-09-22', scores: { index: 52.46 } }
	];

	it('has one point per milestone and leaves a gap where a score is missing', () => {
		const spec = trendSpec('en', points, [
			{ key: 'index', name: 'Index' },
			{ key: 'a', name: 'Lens A' }
		]);
		expect(spec.categories).toEqual(['Baseline · 20/03/2024', 'After training · 22/09/2024']);
		expect(spec.series).toEqual([
			{ name: 'Index', values: [40, 52.46] },
			{ name: 'Lens A', values: [30, null] }
		]);
	});

	it('writes dates in the Persian calendar with Persian digits for Persian readers', () => {
		const spec = trendSpec('fa', points, [{ key: 'index', name: 'شاخص' }]);
		// 20 March 2024 is 1 Farvardin 1403; 22 September 2024 is 1 Mehr 1403.
		expect(spec.categories).toEqual(['Baseline · ۱۴۰۳/۰۱/۰۱', 'After training · ۱۴۰۳/۰۷/۰۱']);
	});
});

describe('formatting', () => {
	it('writes scores as whole numbers in the reader’s digits, a dash when unknown', () => {
		expect(formatScore('en', 56.25)).toBe('56');
		expect(formatScore('fa', 56.5)).toBe('۵۷');
		expect(formatScore('fa', null)).toBe('—');
	});

	it('formats numbers (and numeric strings) from ApexCharts, leaves names alone', () => {
		const fa = labelFormatter('fa');
		expect(fa(75)).toBe('۷۵');
		expect(fa('25')).toBe('۲۵');
		expect(fa('چشم‌انداز')).toBe('چشم‌انداز');
		expect(labelFormatter('en')(75)).toBe('75');
	});
});

describe('ApexCharts options', () => {
	const radar = radarSpec([{ title: 'Vision', score: null }], 'امتیاز');
	const points: TrendPoint[] = [
		{ label: 'Baseline', date: '2024-03-20', scores: { index: 40 } },
		{ label: 'Later', date: '2024-09-22', scores: { index: 60 } }
	];

	it('uses Vazirmatn, never an ApexCharts locale, and our Persian number formatting', () => {
		const options = apexOptions(radar, 'fa', { height: 300 });
		expect(options.chart?.fontFamily).toMatch(/^Vazirmatn/);
		expect(options.chart?.defaultLocale).toBeUndefined();
		expect(options.chart?.locales).toBeUndefined();
		const tick = (
			options.yaxis as { labels: { formatter: (v: number) => string } }
		).labels.formatter(50);
		expect(tick).toBe('۵۰');
		expect(tick).not.toMatch(LATIN_DIGIT);
	});

	it('breaks long radar labels into lines at spaces, short ones stay whole', () => {
		expect(wrapLabel('Valued customer experience')).toEqual(['Valued customer', 'experience']);
		expect(wrapLabel('Vision')).toBe('Vision');
		expect(wrapLabel('تجربهٔ ارزشمند مشتری')).toEqual(['تجربهٔ ارزشمند', 'مشتری']);
		expect(wrapLabel('Organisational collaboration')).toEqual(['Organisational', 'collaboration']);
	});

	it('sizes the radar to its box, leaving room for the names', () => {
		expect(radarRadius(640, 420)).toBe(150);
		// A phone's box keeps more room for the names: 300 / 2 − 90.
		expect(radarRadius(300, 420)).toBe(60);
		expect(radarRadius(100, 100)).toBe(45);
		expect(radarRadius(2000, 1000)).toBe(200);
		expect(apexOptions(radar, 'en', { height: 420, width: 640 }).plotOptions).toEqual({
			radar: { size: 150 }
		});
	});

	it('rounds chart labels exactly as the tables do', () => {
		for (const v of [51.4583, 51.5, 37.5, 0.49, 99.96])
			expect(labelFormatter('fa')(v)).toBe(formatScore('fa', v));
	});

	it('gives every Persian label its own right-to-left direction, line by line', () => {
		const spec = radarSpec([{ title: 'چرا پروژه‌های CRM شکست می‌خورند', score: 10 }], 'امتیاز');
		const options = apexOptions(spec, 'fa', { height: 300 });
		expect(options.xaxis?.categories).toEqual([
			['\u2067چرا پروژه‌های\u2069', '\u2067CRM شکست\u2069', '\u2067می‌خورند\u2069']
		]);
		expect((options.series as { name: string }[])[0]?.name).toBe('\u2067امتیاز\u2069');
		expect(isolate('en', 'Vision')).toBe('Vision');
	});

	it('draws an unknown radar score at the centre', () => {
		expect(apexOptions(radar, 'en', { height: 300 }).series).toEqual([
			{ name: 'امتیاز', data: [0] }
		]);
	});

	it('keeps the heatmap rows top-down and writes the exposure in its cell', () => {
		const spec = riskMatrixSpec(
			[
				{ title: 'First', level: 'high', exposure: 80 },
				{ title: 'Second', level: 'low', exposure: 10 }
			],
			{ high: 'زیاد', medium: 'متوسط', low: 'کم' }
		);
		const options = apexOptions(spec, 'fa', { height: 200 });
		const series = options.series as { name: string; data: { x: string; y: number }[] }[];
		const fa = (s: string) => isolate('fa', s);
		expect(series.map((s) => s.name)).toEqual([fa('Second'), fa('First')]);
		// Mirrored for Persian: "high" is the rightmost column, the cause names on the right.
		expect(series[1]?.data).toEqual([
			{ x: fa('کم'), y: 0 },
			{ x: fa('متوسط'), y: 0 },
			{ x: fa('زیاد'), y: 3 }
		]);
		expect(options.yaxis).toMatchObject({ opposite: true });
		const label = options.dataLabels?.formatter as (
			v: number,
			o: { seriesIndex: number; dataPointIndex: number }
		) => string;
		expect(label(3, { seriesIndex: 1, dataPointIndex: 2 })).toBe('۸۰');
		expect(label(0, { seriesIndex: 1, dataPointIndex: 1 })).toBe('');
		expect(label(1, { seriesIndex: 0, dataPointIndex: 0 })).toMatch(PERSIAN_DIGIT);
	});

	it('puts the 0–100 scale on the value axis of horizontal and vertical bars', () => {
		const h = apexOptions(barSpec([{ title: 'A', score: 1 }], 'S'), 'en', { height: 200 });
		expect(h.xaxis).toMatchObject({ min: 0, max: 100, categories: ['A'] });
		const v = apexOptions(
			roleComparisonSpec([{ name: 'R', index: 1, lenses: {} }], [], 'Index'),
			'en',
			{ height: 200 }
		);
		expect(v.yaxis).toMatchObject({ min: 0, max: 100 });
	});

	it('mirrors charts for Persian readers: categories and time from the right, values on the right', () => {
		const roles = roleComparisonSpec(
			[{ name: 'R', index: 10, lenses: { a: 20, b: 30 } }],
			[
				{ id: 'a', title: 'A' },
				{ id: 'b', title: 'B' }
			],
			'Index'
		);
		const en = apexOptions(roles, 'en', { height: 200 });
		const fa = apexOptions(roles, 'fa', { height: 200 });
		expect(en.xaxis?.categories).toEqual(['Index', 'A', 'B']);
		expect(fa.xaxis?.categories).toEqual(['B', 'A', 'Index'].map((c) => isolate('fa', c)));
		expect((fa.series as { data: number[] }[])[0]?.data).toEqual([30, 20, 10]);
		expect(en.yaxis).toMatchObject({ opposite: false });
		expect(fa.yaxis).toMatchObject({ opposite: true });

		const line = apexOptions(trendSpec('en', points, [{ key: 'index', name: 'Index' }]), 'fa', {
			height: 200
		});
		expect((line.series as { data: (number | null)[] }[])[0]?.data).toEqual(
			[...points.map((p) => p.scores.index ?? null)].reverse()
		);

		const bars = apexOptions(
			barSpec(
				[
					{ title: 'A', score: 1 },
					{ title: 'B', score: 2 }
				],
				'S'
			),
			'fa',
			{ height: 200 }
		);
		// Top-down order kept; names on the right, bars growing leftwards.
		expect(bars.xaxis?.categories).toEqual(['A', 'B'].map((c) => isolate('fa', c)));
		expect(bars.yaxis).toMatchObject({ opposite: true, reversed: true });

		const spokes = mirrorSpec(
			radarSpec(
				['A', 'B', 'C', 'D'].map((title, i) => ({ title, score: i })),
				'S'
			)
		);
		expect(spokes).toMatchObject({
			categories: ['A', 'D', 'C', 'B'],
			series: [{ values: [0, 3, 2, 1] }]
		});
	});

	it('writes every label at 12 px or more', () => {
		const sizes = (o: unknown): number[] =>
			o && typeof o === 'object'
				? Object.entries(o).flatMap(([k, v]) =>
						k === 'fontSize' && typeof v === 'string' ? [parseFloat(v)] : sizes(v)
					)
				: [];
		for (const spec of [
			radar,
			barSpec([{ title: 'A', score: 1 }], 'S'),
			trendSpec('fa', points, [])
		]) {
			const all = sizes(apexOptions(spec, 'fa', { height: 200 }));
			expect(all.length).toBeGreaterThan(2);
			for (const size of all) expect(size).toBeGreaterThanOrEqual(12);
		}
	});

	it('never lets a name become markup in tooltips or the legend', () => {
		const options = htmlSafe(
			apexOptions(
				barSpec([{ title: '<img src=x onerror=alert(1)>', score: 1 }], '<b>S</b>'),
				'en',
				{
					height: 200
				}
			)
		);
		const title = options.tooltip?.x?.formatter as (v: unknown) => string;
		expect(title('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
		const series = options.tooltip?.y as { title: { formatter: (v: string) => string } };
		expect(series.title.formatter('<b>S</b>')).toBe('&lt;b&gt;S&lt;/b&gt;: ');
		const legend = options.legend?.formatter as (v: string, o: unknown) => string;
		expect(legend('"Tom & Jerry\'s"', {})).toBe('&quot;Tom &amp; Jerry&#39;s&quot;');
	});

	it('leaves out a line’s overlapping point names (the Pareto curve’s 21), keeps every bar’s', () => {
		const categories = Array.from({ length: 21 }, (_, i) => `${i * 5}%`);
		const series = [{ name: 'Value', values: categories.map((_, i) => i * 5) }];
		const line = apexOptions({ kind: 'line', categories, series }, 'fa', { height: 300 });
		expect(line.xaxis).toMatchObject({ labels: { hideOverlappingLabels: true, rotate: 0 } });
		const bars = apexOptions(barSpec([{ title: 'A', score: 1 }], 'S'), 'en', { height: 200 });
		expect(bars.xaxis).not.toMatchObject({ labels: { hideOverlappingLabels: true } });
	});
});
