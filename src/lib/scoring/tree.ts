// The lens → item → statement tree of the whole group, with every breakdown the results page
// and the plan generator read.
import { atLeast, below } from './compare';
import { disagreement, roleGap } from './disagreement';
import type { Evaluation } from './evaluate';
import type { Layout } from './layout';
import { coverage, statementStats } from './stats';
import type { Gaps } from './targets';
import type { Counts } from './tally';
import type { ActionTier, ItemResult, LensResult, RoleLayer, StatementResult } from './types';
import type { Level } from '../questionnaires/schema';
import { byRole } from './roles';

export interface Breakdowns {
	all: Evaluation;
	counts: Counts;
	roles: Record<RoleLayer, { counts: Counts; evaluation: Evaluation }>;
	departments: Map<string, Counts>;
	/** Per statement index: the level the room agreed on, in either view. */
	agreed: readonly (Level | null)[];
	targets: readonly number[];
	gaps: Gaps;
	/** Per statement index: how many respondents it was put to. */
	asked: readonly number[];
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
	const level = b.all.statementLevel[s] ?? null;
	return {
		id: slot?.statement.id ?? '',
		weight: slot?.statement.weight ?? 0,
		asked: b.asked[s] ?? 0,
		...stats,
		level,
		score: level === null ? null : level * 25,
		agreed: b.agreed[s] ?? null,
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
		...coverage(
			b.all.itemKnown[i] ?? 0,
			b.all.itemDontKnow[i] ?? 0,
			b.all.itemNotApplicable[i] ?? 0
		),
		score: level === null ? null : level * 25,
		level,
		tier: level === null ? null : tier(level),
		target: b.targets[i] ?? 0,
		gap: b.gaps.itemGap[i] ?? null,
		weightedGap: b.gaps.itemWeightedGap[i] ?? null,
		blocker: b.all.blockers.includes(i),
		risk: b.all.risks[i] ?? null,
		roleGap: roleGap(byRole((role) => b.roles[role].evaluation.itemLevel[i] ?? null)),
		statements: slot.statements.map((s) => statement(layout, b, s))
	};
}

export function lensTree(layout: Layout, b: Breakdowns): LensResult[] {
	return layout.lenses.map((lens, l) => {
		const items = lens.items.map((i) => item(layout, b, i));
		const sum = (pick: (it: ItemResult) => number) => items.reduce((n, it) => n + pick(it), 0);
		return {
			id: lens.questionnaire.id,
			kind: lens.questionnaire.kind,
			weight: lens.weight,
			share: lens.share,
			...coverage(
				sum((it) => it.known),
				sum((it) => it.dontKnow),
				sum((it) => it.notApplicable)
			),
			score: b.all.lensScore[l] ?? null,
			target: b.gaps.lensTarget[l] ?? 0,
			gap: b.gaps.lensGap[l] ?? null,
			items
		};
	});
}
