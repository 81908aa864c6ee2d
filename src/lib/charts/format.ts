// Scores as the tables beside the charts write them: whole numbers in the reader's digits,
// an em dash where nothing is known — the same rounding the charts' labels use.
import { formatNumber, type Locale } from '$lib/i18n/locale';

export function formatScore(locale: Locale, value: number | null | undefined): string {
	if (value === null || value === undefined) return '—';
	return formatNumber(locale, value, { maximumFractionDigits: 0 });
}
