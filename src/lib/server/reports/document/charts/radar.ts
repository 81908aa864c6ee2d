// Radar of the eight building blocks (0–100): rings at 25/50/75/100, one spoke per block with
// its numbered key at the end, the scores as a filled polygon and, when given, the targets as a
// dashed outline over it.
import type { Locale } from '$lib/i18n/locale';
import { COLORS } from '../theme';
import { clamp, key, r2, svg, svgNumber, text } from './svg';

export type RadarOptions = {
	size?: number;
	color?: string;
	/** A second series, drawn as a dashed outline: the score each spoke should reach. */
	targets?: readonly number[];
	targetColor?: string;
};

/** Angle of spoke i of n: the first points up, the rest follow clockwise. */
const angle = (i: number, n: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;

export function radarPoint(
	cx: number,
	cy: number,
	radius: number,
	value: number,
	i: number,
	n: number
) {
	const r = (radius * clamp(value)) / 100;
	return { x: cx + r * Math.cos(angle(i, n)), y: cy + r * Math.sin(angle(i, n)) };
}

export function radarChart(locale: Locale, values: readonly number[], options: RadarOptions = {}) {
	const size = options.size ?? 250;
	const color = options.color ?? COLORS.primary;
	const n = values.length;
	const c = size / 2;
	const radius = c - 22;
	const polygon = (value: (i: number) => number) =>
		Array.from({ length: n }, (_, i) => radarPoint(c, c, radius, value(i), i, n))
			.map((p) => `${r2(p.x)},${r2(p.y)}`)
			.join(' ');

	const rings = [25, 50, 75, 100]
		.map(
			(v) =>
				`<polygon points="${polygon(() => v)}" fill="none" stroke="${COLORS.grid}" stroke-width="${v === 100 ? 1 : 0.7}"/>`
		)
		.join('');
	const spokes = Array.from({ length: n }, (_, i) => {
		const end = radarPoint(c, c, radius, 100, i, n);
		return `<line x1="${c}" y1="${c}" x2="${r2(end.x)}" y2="${r2(end.y)}" stroke="${COLORS.grid}" stroke-width="0.7"/>`;
	}).join('');
	const ticks = [25, 50, 75, 100]
		.map((v) =>
			text(
				{
					x: c + 3,
					y: c - (radius * v) / 100 - 2,
					text: svgNumber(locale, v),
					size: 6.5,
					fill: COLORS.muted
				},
				'start'
			)
		)
		.join('');
	const area =
		`<polygon points="${polygon((i) => values[i] ?? 0)}" fill="${color}" fill-opacity="0.22" stroke="${color}" stroke-width="1.6" stroke-linejoin="round"/>` +
		values
			.map((v, i) => {
				const p = radarPoint(c, c, radius, v, i, n);
				return `<circle cx="${r2(p.x)}" cy="${r2(p.y)}" r="2.4" fill="${color}"/>`;
			})
			.join('');
	const targets = options.targets;
	const targetColor = options.targetColor ?? COLORS.accent;
	const outline = targets
		? `<polygon points="${polygon((i) => targets[i] ?? 0)}" fill="none" stroke="${targetColor}" stroke-width="1.4" stroke-dasharray="4,2.5" stroke-linejoin="round"/>`
		: '';
	const keys = Array.from({ length: n }, (_, i) => {
		const p = radarPoint(c, c, radius + 13, 100, i, n);
		return key(locale, p.x, p.y, i + 1, { fill: COLORS.primaryDark });
	}).join('');
	return svg(size, size, rings + spokes + ticks + area + outline + keys);
}
