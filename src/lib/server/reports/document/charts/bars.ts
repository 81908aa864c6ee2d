// Horizontal bars (0–100), one row per value with its numbered key, gridlines every 25 and an
// optional dashed threshold and, per bar, an optional target tick. In Persian the chart is mirrored: keys on the right, bars growing
// leftwards, so that it reads in the same direction as the legend beside it.
import { dir, type Locale } from '$lib/i18n/locale';
import { COLORS } from '../theme';
import { clamp, key, r2, svg, svgNumber, text } from './svg';

export type BarsOptions = {
	width?: number;
	row?: number;
	color?: string;
	/** A dashed vertical line at this value (e.g. the "ready" threshold). */
	threshold?: number;
	/** Colour per bar, e.g. to pick out the weakest ones. */
	colorOf?: (value: number, index: number) => string;
	/** Per bar, the value it should reach: a short dark tick across the bar's row. */
	targets?: readonly number[];
	targetColor?: string;
};

export function barsChart(locale: Locale, values: readonly number[], options: BarsOptions = {}) {
	const width = options.width ?? 480;
	const row = options.row ?? 22;
	const keyZone = 24;
	const valueZone = 28;
	const axis = 16;
	const plot = width - keyZone - valueZone;
	const height = values.length * row + axis;
	const rtl = dir(locale) === 'rtl';
	// x in the chart's own reading direction, flipped in Persian.
	const X = (x: number) => (rtl ? width - x : x);
	const at = (v: number) => keyZone + (plot * clamp(v)) / 100;

	const grid = [0, 25, 50, 75, 100]
		.map((v) => {
			const x = r2(X(at(v)));
			return (
				`<line x1="${x}" y1="0" x2="${x}" y2="${values.length * row}" stroke="${COLORS.grid}" stroke-width="${v === 0 ? 1 : 0.6}"/>` +
				text({
					x: X(at(v)),
					y: height - 4,
					text: svgNumber(locale, v),
					size: 7,
					fill: COLORS.muted
				})
			);
		})
		.join('');
	const threshold =
		options.threshold === undefined
			? ''
			: `<line x1="${r2(X(at(options.threshold)))}" y1="0" x2="${r2(X(at(options.threshold)))}" y2="${values.length * row}" stroke="${COLORS.accent}" stroke-width="1" stroke-dasharray="3,2"/>`;
	const bars = values
		.map((v, i) => {
			const y = i * row;
			const barHeight = row * 0.56;
			const length = at(v) - at(0);
			const left = rtl ? X(at(v)) : at(0);
			const fill = options.colorOf?.(v, i) ?? options.color ?? COLORS.primary;
			// The value sits just past the bar, or past the target tick when the tick would cross it.
			const target = options.targets?.[i];
			const crossed = target !== undefined && at(target) >= at(v) && at(target) - at(v) < 18;
			const valueX = X((crossed ? at(target) : at(v)) + 4);
			const tick =
				target === undefined
					? ''
					: `<line x1="${r2(X(at(target)))}" y1="${r2(y + row * 0.12)}" x2="${r2(X(at(target)))}" y2="${r2(y + row * 0.88)}" stroke="${options.targetColor ?? COLORS.text}" stroke-width="2.2"/>`;
			return (
				key(locale, X(keyZone / 2), y + row / 2, i + 1, { fill: COLORS.primaryDark, r: 7.5 }) +
				`<rect x="${r2(left)}" y="${r2(y + (row - barHeight) / 2)}" width="${r2(Math.max(length, 0.5))}" height="${r2(barHeight)}" rx="1.5" fill="${fill}"/>` +
				tick +
				text(
					{ x: valueX, y: y + row / 2 + 3, text: svgNumber(locale, v), size: 8, fill: COLORS.text },
					rtl ? 'end' : 'start'
				)
			);
		})
		.join('');
	return svg(width, height, grid + threshold + bars);
}
