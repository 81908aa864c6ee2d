// "Not applicable": why a statement does not apply, from a fixed list (so answers can be counted
// by reason), with an optional note. Shared by the wizard, the server's validation and reports.
export const NA_REASONS = ['not-relevant', 'out-of-scope', 'decided-elsewhere', 'other'] as const;
export type NaReason = (typeof NA_REASONS)[number];

/** Longest note beside a "not applicable" (the database refuses more). */
export const NA_NOTE_MAX = 500;

export function isNaReason(value: unknown): value is NaReason {
	return (NA_REASONS as readonly unknown[]).includes(value);
}

/** Why a respondent marked a statement not applicable. */
export interface NotApplicable {
	reason: NaReason;
	note: string | null;
}
