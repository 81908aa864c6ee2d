// Small pieces shared by the chart builders. Charts are SVG strings for pdfmake's `svg` node and
// never contain words: labels and legends are pdfmake text beside them, where the RTL layout
// orders Persian (shared notes/pdf-rtl.md, "Charts").
import { persianDigits, type Locale } from '$lib/i18n/locale';

/** Rounds for coordinates: short, stable output. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

export const clamp = (n: number, lo = 0, hi = 100) => Math.min(hi, Math.max(lo, n));

/**
 * A whole number as SVG text in the document's digits. pdfmake's SVG renderer shapes each text
 * with fontkit, which draws a run of Persian digits (Arabic script) right to left, and nothing
 * restores their order; so Persian digits are handed over reversed and come out in reading order.
 */
export function svgNumber(locale: Locale, n: number): string {
	const digits = String(Math.round(n));
	return locale === 'fa' ? Array.from(persianDigits(digits)).reverse().join('') : digits;
}

export type SvgText = { x: number; y: number; text: string; size: number; fill: string };

export function text({ x, y, text: content, size, fill }: SvgText, anchor = 'middle'): string {
	return `<text x="${r2(x)}" y="${r2(y)}" font-size="${size}" fill="${fill}" text-anchor="${anchor}">${content}</text>`;
}

/** A numbered key: a filled circle with a one- or two-digit number, matching a legend row. */
export function key(
	locale: Locale,
	x: number,
	y: number,
	n: number,
	{ fill, ink = '#ffffff', r = 8 }: { fill: string; ink?: string; r?: number }
): string {
	return (
		`<circle cx="${r2(x)}" cy="${r2(y)}" r="${r}" fill="${fill}"/>` +
		text({ x, y: y + r * 0.42, text: svgNumber(locale, n), size: r * 1.15, fill: ink })
	);
}

export function svg(width: number, height: number, body: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Vazirmatn">${body}</svg>`;
}
