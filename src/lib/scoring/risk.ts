// Failure-cause risk rules: conditions over one item's answers, evaluated in order, first match
// wins, the default otherwise. A condition about something nobody knew is false.
import type { Condition, RiskRules } from '../questionnaires/schema';
import { atLeast, below } from './compare';
import type { RiskOutcome } from './types';

export interface RiskFacts {
	/** Mean level (0–4) of a statement of the item, by statement id; null when none is known. */
	statement(id: string): number | null;
	/** The item's score, 0–100. */
	score: number | null;
	/** Share (0–1) of the item's answers that were "don't know"; null when nothing was answered. */
	unknown: number | null;
}

type Bounds = { lt?: number; gte?: number };

function compare(value: number | null, bounds: Bounds): boolean {
	if (value === null) return false;
	if (bounds.lt !== undefined) return below(value, bounds.lt);
	if (bounds.gte !== undefined) return atLeast(value, bounds.gte);
	return false;
}

export function holds(condition: Condition, facts: RiskFacts): boolean {
	if ('all' in condition) return condition.all.every((c) => holds(c, facts));
	if ('any' in condition) return condition.any.some((c) => holds(c, facts));
	if ('statement' in condition) return compare(facts.statement(condition.statement), condition);
	if ('score' in condition) return compare(facts.score, condition.score);
	return compare(facts.unknown, condition.unknown);
}

export function rateRisk(rules: RiskRules, facts: RiskFacts): RiskOutcome {
	const exposure = facts.score === null ? null : 100 - facts.score;
	const rule = rules.rules.findIndex((r) => holds(r.when, facts));
	if (rule === -1) return { level: rules.default, rule: null, exposure };
	return { level: rules.rules[rule]?.level ?? rules.default, rule, exposure };
}
