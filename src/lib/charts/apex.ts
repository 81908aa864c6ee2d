// ChartSpec → ApexCharts options. ApexCharts has no right-to-left mode and its bundled `fa`
// locale pairs Gregorian dates with Persian month names, so we never hand it a locale: every
// label and number it draws comes through our own formatters (Persian digits for Persian), and
// the wrapper puts the chart in a dir="ltr" box. For Persian readers the chart is mirrored
// through its options instead (mirror.ts, `opposite`, `reversed`): categories and time run right
// to left, the value axis stands on the right. Pure: the same options in tests and browser.
import type { ApexOptions } from 'apexcharts';
import { formatNumber, type Locale } from '$lib/i18n/locale';
import { mirrorSpec } from './mirror';
import type { ChartSpec, HeatmapSpec, Series } from './types';

const CHART_FONT = 'Vazirmatn, system-ui, sans-serif';
const SERIES_COLORS = ['#0f5257', '#c9731b', '#5b6abf', '#2e8b57', '#8a5a00'];
/** None, low, medium, high: the same colours as the risk badges. */
const HEAT_COLORS = ['#eef1ef', '#2e8b57', '#d9961a', '#b42318'];

const NUMERIC = /^-?\d+(\.\d+)?$/;
const INK = '#3b4652';
/** No label smaller than this, in either language (Persian glyphs need it most). */
const LABEL = { fontSize: '12px' } as const;
const labelStyle = { style: { ...LABEL, colors: INK } } as const;

/** Formats whatever ApexCharts hands a label formatter: numbers ours, category names as given. */
export function labelFormatter(locale: Locale) {
	return (value: unknown): string => {
		if (value === null || value === undefined) return '—';
		if (typeof value === 'number') return formatNumber(locale, value, { maximumFractionDigits: 0 });
		const text = String(value);
		return NUMERIC.test(text)
			? formatNumber(locale, Number(text), { maximumFractionDigits: 0 })
			: text;
	};
}

const scale = { min: 0, max: 100, tickAmount: 4 };
const RLI = '\u2067';
const PDI = '\u2069';

/**
 * Persian text inside the chart's left-to-right box would be laid out left to right: "چرا
 * پروژه‌های CRM …" comes out with its words reordered around the Latin "CRM". An RLI…PDI isolate
 * gives each label its own right-to-left direction.
 */
export function isolate(locale: Locale, text: string): string {
	return locale === 'fa' ? `${RLI}${text}${PDI}` : text;
}

/**
 * Breaks a long category name into lines of about `max` characters at spaces. ApexCharts shrinks
 * a radar by its widest label, so one-line names like "Valued customer experience" leave the
 * polygon tiny; it draws an array as stacked lines.
 */
export function wrapLabel(text: string, max = 16): string | string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines[lines.length - 1];
		if (last !== undefined && last.length + 1 + word.length <= max)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines.length > 1 ? lines : text;
}

/** A category name as ApexCharts takes it: isolated, and wrapped onto lines if asked. */
function category(locale: Locale, text: string, wrap = true): string | string[] {
	const lines = wrap ? wrapLabel(text) : text;
	return Array.isArray(lines) ? lines.map((l) => isolate(locale, l)) : isolate(locale, lines);
}

function seriesOf(locale: Locale, series: readonly Series[], zeroForUnknown = false) {
	return series.map((s) => ({
		name: isolate(locale, s.name),
		data: s.values.map((v) => (v === null && zeroForUnknown ? 0 : v))
	}));
}

/** Bars with a mark across each (ApexCharts' "goals"): the target beside the score. */
function markedSeries(
	locale: Locale,
	series: readonly Series[],
	marks: Series,
	categories: readonly string[]
) {
	return series.map((s, i) => ({
		name: isolate(locale, s.name),
		data: s.values.map((y, n) => {
			const mark = marks.values[n];
			return {
				x: category(locale, categories[n] ?? '', false),
				y,
				goals:
					i === 0 && mark !== null && mark !== undefined
						? [{ name: isolate(locale, marks.name), value: mark, strokeWidth: 4, strokeColor: INK }]
						: []
			};
		})
	}));
}

function heatmap(spec: HeatmapSpec, locale: Locale, format: (v: unknown) => string): ApexOptions {
	const rtl = locale === 'fa';
	// ApexCharts draws the first heatmap series at the bottom; ours reads from the top.
	const rows = spec.rows.map((name, r) => ({ name: isolate(locale, name), r })).reverse();
	return {
		series: rows.map(({ name, r }) => ({
			name,
			data: spec.columns.map((x, c) => ({
				x: isolate(locale, x),
				y: spec.cells[r]?.[c]?.heat ?? 0
			}))
		})),
		dataLabels: {
			enabled: true,
			formatter: (_v: unknown, opts?: { seriesIndex: number; dataPointIndex: number }) => {
				const row = rows[opts?.seriesIndex ?? -1]?.r ?? -1;
				const value = spec.cells[row]?.[opts?.dataPointIndex ?? -1]?.value;
				return value === null || value === undefined ? '' : format(value);
			},
			style: { colors: ['#ffffff'], fontSize: '14px' }
		},
		plotOptions: {
			heatmap: {
				enableShades: false,
				radius: 4,
				colorScale: {
					ranges: HEAT_COLORS.map((color, heat) => ({
						from: heat - 0.5,
						to: heat + 0.5,
						color,
						name: heat === 0 ? ' ' : isolate(locale, spec.legend[heat - 1] ?? '')
					}))
				}
			}
		},
		legend: { show: false },
		tooltip: { enabled: false },
		xaxis: { position: 'top', labels: { formatter: format, ...labelStyle } },
		yaxis: { opposite: rtl, labels: { formatter: format, maxWidth: 220, ...labelStyle } }
	};
}

/**
 * The radar's radius for a box of this size. ApexCharts' own sizing subtracts the widest label
 * and the space an axis chart keeps for its x-axis, leaving a small polygon in a large box; this
 * keeps about 60 px around it for the block names, and 90 px in a phone's narrow box, where a
 * two-line name such as «تجربهٔ ارزشمند مشتری» was clipped at the box's edge.
 */
export function radarRadius(width: number, height: number): number {
	const room = width < 420 ? 90 : 60;
	return Math.round(Math.max(45, Math.min(200, Math.min(width, height) / 2 - room)));
}

/**
 * Names under the columns or points: wrapped onto lines rather than tilted into the legend. A
 * line's many points (the Pareto curve's 21) leave out the names that would overlap, rather than
 * run them into one unreadable string on a phone; the table beside the chart has every one.
 */
function categoryAxis(locale: Locale, categories: readonly string[], thin = false) {
	return {
		categories: categories.map((c) => category(locale, c)),
		labels: { rotate: 0, hideOverlappingLabels: thin, trim: false, ...labelStyle }
	};
}

export function apexOptions(
	drawn: ChartSpec,
	locale: Locale,
	options: { height: number; width?: number }
): ApexOptions {
	const rtl = locale === 'fa';
	const spec = rtl ? mirrorSpec(drawn) : drawn;
	const format = labelFormatter(locale);
	// The value axis: on the right for right-to-left readers.
	const valueAxis = { ...scale, opposite: rtl, labels: { formatter: format, ...labelStyle } };
	const chart = {
		type: spec.kind,
		height: options.height,
		fontFamily: CHART_FONT,
		toolbar: { show: false },
		zoom: { enabled: false },
		animations: { enabled: false },
		parentHeightOffset: 0
	} as const;
	const common: ApexOptions = {
		chart,
		colors: SERIES_COLORS,
		tooltip: {
			style: LABEL,
			// The title and series names are left to ApexCharts' own label formatters; htmlSafe
			// (escape.ts) escapes everything it writes as HTML.
			y: { formatter: format }
		},
		legend: {
			position: 'bottom',
			fontFamily: CHART_FONT,
			...LABEL,
			inverseOrder: rtl
		}
	};
	switch (spec.kind) {
		case 'radar':
			return {
				...common,
				// A radar cannot leave a gap: an unknown score is drawn at the centre (the table says "—").
				series: seriesOf(locale, spec.series, true),
				xaxis: {
					categories: spec.categories.map((c) => category(locale, c)),
					labels: labelStyle
				},
				yaxis: { ...scale, labels: { formatter: format, style: LABEL } },
				plotOptions: options.width
					? { radar: { size: radarRadius(options.width, options.height) } }
					: {},
				markers: { size: 4 },
				fill: { opacity: 0.25 },
				dataLabels: { enabled: false }
			};
		case 'bar':
			return {
				...common,
				series: spec.marks
					? markedSeries(locale, spec.series, spec.marks, spec.categories)
					: seriesOf(locale, spec.series),
				plotOptions: {
					bar: {
						horizontal: spec.horizontal,
						borderRadius: 3,
						dataLabels: { position: spec.horizontal ? 'center' : 'top' }
					}
				},
				dataLabels: {
					enabled: spec.horizontal,
					formatter: format,
					style: { fontSize: '12px' }
				},
				xaxis: spec.horizontal
					? {
							...scale,
							categories: spec.categories.map((c) => category(locale, c, false)),
							labels: { formatter: format, ...labelStyle }
						}
					: categoryAxis(locale, spec.categories),
				// Horizontal bars: the names on the right and the bars growing leftwards from them.
				yaxis: spec.horizontal
					? {
							opposite: rtl,
							reversed: rtl,
							labels: {
								formatter: format,
								// On a phone the names may not leave the bars no room.
								maxWidth: options.width ? Math.min(240, Math.round(options.width * 0.4)) : 240,
								...labelStyle
							}
						}
					: valueAxis
			};
		case 'line':
			return {
				...common,
				series: seriesOf(locale, spec.series),
				stroke: { width: 3, curve: 'straight' },
				markers: { size: 5 },
				dataLabels: { enabled: false },
				xaxis: categoryAxis(locale, spec.categories, true),
				yaxis: valueAxis
			};
		case 'heatmap':
			return { ...common, ...heatmap(spec, locale, format), chart };
	}
}
