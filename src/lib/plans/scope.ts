// The scope guard (DOMAIN 001, scope creep): each of the six scope dimensions and the three
// project levers gets a status from the scope-creep statement that covers it.
import type { Bilingual } from '$lib/questionnaires/schema';
import { anchorNear, findItem, findStatement } from './content';
import type { PlanSource } from './types';
import { below } from './priority';
import { SCOPE_DIMENSIONS, type ScopeDimension, type ScopeRow, type ScopeStatus } from './types';

const SCOPE_CREEP = 'scope-creep';
const COVERED_BY: Record<ScopeDimension, string> = {
	deployment: 'technical-scope',
	data_migration: 'technical-scope',
	integration: 'technical-scope',
	customisation: 'technical-scope',
	staffing: 'people-scope',
	change_management: 'people-scope',
	time: 'change-control',
	cost: 'change-control',
	quality: 'change-control'
};

/**
 * At risk below 1.5 (where the risk rules rate the cause HIGH), on track from level 3 (defined,
 * estimated and owned), watch in between; unknown when nobody knew.
 */
export function scopeStatus(level: number | null): ScopeStatus {
	if (level === null) return 'unknown';
	if (below(level, 1.5)) return 'at_risk';
	if (below(level, 3)) return 'watch';
	return 'on_track';
}

export function scopeGuard({ result, lenses }: PlanSource): ScopeRow[] {
	const cause = findItem(result, lenses, SCOPE_CREEP);
	return SCOPE_DIMENSIONS.map((dimension) => {
		const found = findStatement(cause, COVERED_BY[dimension]);
		const level = found?.result.mean ?? null;
		const note: Bilingual | null =
			found && level !== null ? anchorNear(found.statement.levels, level) : null;
		return { dimension, status: scopeStatus(level), level, note };
	});
}
