// The scope guard (DOMAIN 001, scope creep): each of the six scope dimensions and the three
// project levers gets a status from the scope-creep statement that covers it. From version 2
// each row has its own statement, which names its dimension in `scope`; version 1 squeezed
// them into three statements, mapped below, so old plans read as they did.
import type { Bilingual } from '$lib/questionnaires/schema';
import { anchorNear, findItem, findStatement } from './content';
import type { PlanSource } from './types';
import { below } from './priority';
import { SCOPE_DIMENSIONS, type ScopeDimension, type ScopeRow, type ScopeStatus } from './types';

const SCOPE_CREEP = 'scope-creep';
/** Version 1: which of the three scope statements covered each row. */
const V1_COVERED_BY: Record<ScopeDimension, string> = {
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
	const own = new Map(
		(cause?.item.statements ?? []).flatMap((s) => (s.scope ? [[s.scope, s.id] as const] : []))
	);
	return SCOPE_DIMENSIONS.map((dimension) => {
		const found = findStatement(cause, own.get(dimension) ?? V1_COVERED_BY[dimension]);
		const level = found?.result.mean ?? null;
		const note: Bilingual | null =
			found && level !== null ? anchorNear(found.statement.levels, level) : null;
		return { dimension, status: scopeStatus(level), level, note };
	});
}
