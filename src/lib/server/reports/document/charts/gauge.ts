// The readiness index as a half-circle gauge: one arc segment per band, a needle at the index.
// The number itself is pdfmake text under the gauge (it needs the document's digits and font).
import { BAND_COLORS, COLORS } from '../theme';
import { clamp, r2, svg } from './svg';

/** Lower bounds of the bands (0–100), in order; the last band ends at 100. */
export type BandStarts = readonly number[];

const point = (cx: number, cy: number, r: number, value: number) => {
	// 0 on the left, 100 on the right, over the top.
	const a = Math.PI * (1 - clamp(value) / 100);
	return { x: cx + r * Math.cos(a), y: cy - r * Math.sin(a) };
};

export function gaugeChart(index: number, bands: BandStarts, width = 220) {
	const cx = width / 2;
	const r = width / 2 - 12;
	const cy = r + 10;
	const thickness = 16;
	const arcs = bands
		.map((from, i) => {
			const to = bands[i + 1] ?? 100;
			const a = point(cx, cy, r, from);
			const b = point(cx, cy, r, to);
			const color = BAND_COLORS[Math.min(i, BAND_COLORS.length - 1)];
			return `<path d="M ${r2(a.x)} ${r2(a.y)} A ${r} ${r} 0 0 1 ${r2(b.x)} ${r2(b.y)}" fill="none" stroke="${color}" stroke-width="${thickness}"/>`;
		})
		.join('');
	const tip = point(cx, cy, r - thickness / 2 - 4, index);
	const needle =
		`<line x1="${cx}" y1="${cy}" x2="${r2(tip.x)}" y2="${r2(tip.y)}" stroke="${COLORS.text}" stroke-width="2.4" stroke-linecap="round"/>` +
		`<circle cx="${cx}" cy="${cy}" r="5" fill="${COLORS.text}"/>`;
	return svg(width, cy + 8, arcs + needle);
}
