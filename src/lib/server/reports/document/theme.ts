// The report's colour system and type scale: teal for structure, amber as the accent, and
// three risk colours that stay readable when printed in grey.
import type { RiskLevel } from '$lib/questionnaires/schema';

export const COLORS = {
	primary: '#0f5257',
	primaryDark: '#0a3a3d',
	primaryLight: '#e3efef',
	primaryMid: '#7fb0b2',
	accent: '#c9731b',
	accentLight: '#fbefe2',
	text: '#1f2a30',
	muted: '#5d6b72',
	rule: '#c9d3d6',
	grid: '#dfe6e8',
	zebra: '#f5f8f8',
	white: '#ffffff',
	high: '#b3362b',
	highLight: '#f7e2df',
	medium: '#c9731b',
	mediumLight: '#fbefe2',
	low: '#3f8a5a',
	lowLight: '#e4f1e8'
} as const;

export const RISK_COLORS: Record<RiskLevel, { strong: string; light: string }> = {
	high: { strong: COLORS.high, light: COLORS.highLight },
	medium: { strong: COLORS.medium, light: COLORS.mediumLight },
	low: { strong: COLORS.low, light: COLORS.lowLight }
};

/** Readiness band colours from low to high, for the index gauge. */
export const BAND_COLORS = ['#b3362b', '#d9822b', '#e0b04a', '#5f9e7a', '#0f5257'] as const;

export const PAGE = { width: 595.28, height: 841.89, margin: 50, top: 64, bottom: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
