// The plan's three phases on a month scale (0–3, 3–6, 6–12): one coloured segment per phase with
// its numbered key and the number of actions as bar marks, month ticks underneath. Mirrored in
// Persian so that time runs in the reading direction.
import { dir, type Locale } from '$lib/i18n/locale';
import { COLORS } from '../theme';
import { key, r2, svg, svgNumber, text } from './svg';

/** Width of one action mark with the gap after it: less and the marks merge into a bar. */
const MARK_PITCH = 6;

export type TimelinePhase = { from: number; to: number; actions: number; color: string };

export function timelineChart(locale: Locale, phases: readonly TimelinePhase[], width = 495) {
	const rtl = dir(locale) === 'rtl';
	const months = Math.max(...phases.map((p) => p.to));
	const pad = 10;
	const scale = (width - 2 * pad) / months;
	const X = (m: number) => (rtl ? width - pad - m * scale : pad + m * scale);
	const band = { y: 18, h: 22 };

	const segments = phases
		.map((p, i) => {
			const a = X(p.from);
			const b = X(p.to);
			const left = Math.min(a, b) + 1;
			const w = Math.abs(b - a) - 2;
			// One small mark per action, so the load of each phase is visible at a glance; each
			// mark keeps a gap beside it. When the phase has more actions than marks fit (the first
			// 90 days often do), the marks ran into one solid bar: the number is written instead.
			const room = w - 30;
			const fits = Math.floor(room / MARK_PITCH);
			const marks =
				p.actions <= fits
					? Array.from({ length: p.actions }, (_, j) => {
							const step = Math.min(7, room / Math.max(p.actions, 1));
							const mx = rtl ? left + w - 24 - j * step : left + 24 + j * step;
							return `<rect x="${r2(mx - 2)}" y="${band.y + 7}" width="3.5" height="8" rx="1" fill="#ffffff" fill-opacity="0.85"/>`;
						}).join('')
					: // "× 14": the sign and the number apart, so each is drawn in its own direction.
						text(
							{
								x: rtl ? left + w - 24 : left + 24,
								y: band.y + band.h / 2 + 3,
								text: '×',
								size: 9,
								fill: COLORS.white
							},
							rtl ? 'end' : 'start'
						) +
						text(
							{
								x: rtl ? left + w - 34 : left + 34,
								y: band.y + band.h / 2 + 3.5,
								text: svgNumber(locale, p.actions),
								size: 10,
								fill: COLORS.white
							},
							rtl ? 'end' : 'start'
						);
			return (
				`<rect x="${r2(left)}" y="${band.y}" width="${r2(w)}" height="${band.h}" rx="3" fill="${p.color}"/>` +
				key(locale, rtl ? left + w - 11 : left + 11, band.y + band.h / 2, i + 1, {
					fill: COLORS.white,
					ink: p.color,
					r: 7
				}) +
				marks
			);
		})
		.join('');
	const ticks = [...new Set(phases.flatMap((p) => [p.from, p.to]))]
		.map((m) => {
			const x = r2(X(m));
			return (
				`<line x1="${x}" y1="${band.y - 6}" x2="${x}" y2="${band.y + band.h + 4}" stroke="${COLORS.muted}" stroke-width="0.6"/>` +
				text({
					x: X(m),
					y: band.y + band.h + 14,
					text: svgNumber(locale, m),
					size: 7.5,
					fill: COLORS.muted
				})
			);
		})
		.join('');
	return svg(width, band.y + band.h + 20, segments + ticks);
}
