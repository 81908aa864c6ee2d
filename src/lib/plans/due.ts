// An action without a due date is due, in the roadmap, at the end of its phase. The plan page
// shows the same date, marked as derived, so the web and the PDF tell the same story.
import type { Phase } from './types';

/** Months from the start of the programme to the end of each phase. */
export const PHASE_END: Record<Phase, number> = {
	first_90_days: 3,
	months_3_6: 6,
	months_6_12: 12
};

/** 'YYYY-MM-DD', `months` after `start` (UTC), the day of the month kept where it exists. */
export function addMonths(start: Date, months: number): string {
	const d = new Date(
		Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate())
	);
	return d.toISOString().slice(0, 10);
}

/** The end of the action's phase, counted from the plan's start. */
export function phaseEnd(planStart: Date, phase: Phase): string {
	return addMonths(planStart, PHASE_END[phase]);
}
