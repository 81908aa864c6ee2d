// The lens → item → statement tree of the whole group, with every breakdown the results page
// and the plan generator read.
import { atLeast, below } from './compare';
import { disagreement, roleGap } from './disagreement';
import type { Evaluation } from './evaluate';
import type { Layout } from './layout';
import { coverage, statementStats } from './stats';
import type { Counts } from './tally';
import type { ActionTier, ItemResult, LensResult, RoleLayer, StatementResult } from './types';
import { byRole } from './roles';

/** Level 3, "practised consistently", is where the recommended actions switch to sustaining. */
const TARGET_LEVEL = 3;

export interface Breakdowns {
	all: Evaluation;
	counts: Counts;
	roles: Record<RoleLayer, { counts: Counts; evaluation: Evaluation }>;
	departments: Map<string, Counts>;
}

function tier(level: number): ActionTier {
	if (below(level, 2)) return 'low';
	return atLeast(level, 3) ? 'high' : 'mid';
}

function statement(layout: Layout, b: Breakdowns, s: number): StatementResult {
	const stats = statementStats(b.counts, s);
	const perRole = byRole((role) => statementStats(b.roles[role].counts, s));
	const gap = roleGap(byRole((role) => perRole[role].mean));
	const slot = layout.statements[s];
	return {
		id: slot?.statement.id ?? '',
		weight: slot?.statement.weight ?? 0,
		...stats,
		byRole: perRole,
		byDepartment: Object.fromEntries(
			[...b.departments].map(([name, counts]) => [name, statementStats(counts, s)])
		),
		roleGap: gap,
		disagreement: disagreement(stats.sd, gap)
	};
}

function item(layout: Layout, b: Breakdowns, i: number): ItemResult {
	const slot = layout.items[i];
	if (!slot) throw new RangeError(`No item ${i}`);
	const level = b.all.itemLevel[i] ?? null;
	return {
		id: slot.item.id,
		weight: slot.item.weight,
		share: slot.share,
		critical: slot.item.critical,
		...coverage(b.all.itemKnown[i] ?? 0, b.all.itemDontKnow[i] ?? 0),
		score: level === null ? null : level * 25,
		level,
		tier: level === null ? null : tier(level),
		gap: level === null ? null : Math.max(0, TARGET_LEVEL - level),
		blocker: b.all.blockers.includes(i),
		risk: b.all.risks[i] ?? null,
		roleGap: roleGap(byRole((role) => b.roles[role].evaluation.itemLevel[i] ?? null)),
		statements: slot.statements.map((s) => statement(layout, b, s))
	};
}

export function lensTree(layout: Layout, b: Breakdowns): LensResult[] {
	return layout.lenses.map((lens, l) => {
		const items = lens.items.map((i) => item(layout, b, i));
		return {
			id: lens.questionnaire.id,
			kind: lens.questionnaire.kind,
			weight: lens.weight,
			share: lens.share,
			...coverage(
				items.reduce((n, it) => n + it.known, 0),
				items.reduce((n, it) => n + it.dontKnow, 0)
			),
			score: b.all.lensScore[l] ?? null,
			items
		};
	});
}
