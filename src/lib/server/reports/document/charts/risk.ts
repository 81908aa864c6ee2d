// The marker in a cell of the failure-risk matrix: a disc in the level's colour whose area grows
// with the exposure (0–100), so two "high" causes still show which one is worse.
import type { RiskLevel } from '$lib/questionnaires/schema';
import { RISK_COLORS } from '../theme';
import { clamp, r2, svg } from './svg';

export function riskMarker(level: RiskLevel, exposure: number, size = 22): string {
	const c = size / 2;
	const max = c - 1;
	const r = Math.max(3, max * Math.sqrt(clamp(exposure) / 100));
	const { strong, light } = RISK_COLORS[level];
	return svg(
		size,
		size,
		`<circle cx="${c}" cy="${c}" r="${max}" fill="${light}" stroke="${strong}" stroke-width="0.6"/>` +
			`<circle cx="${c}" cy="${c}" r="${r2(r)}" fill="${strong}"/>`
	);
}

/** A thin horizontal gauge of the exposure, for the matrix's last column. */
export function exposureBar(level: RiskLevel, exposure: number, rtl: boolean, width = 70): string {
	const h = 6;
	const w = (width * clamp(exposure)) / 100;
	const { strong, light } = RISK_COLORS[level];
	return svg(
		width,
		h,
		`<rect x="0" y="0" width="${width}" height="${h}" rx="3" fill="${light}"/>` +
			`<rect x="${r2(rtl ? width - w : 0)}" y="0" width="${r2(w)}" height="${h}" rx="3" fill="${strong}"/>`
	);
}
