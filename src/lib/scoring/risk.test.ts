import { describe, expect, it } from 'vitest';
import type { Condition, RiskRules } from '../questionnaires/schema';
import { holds, rateRisk, type RiskFacts } from './risk';

function facts(
	statements: Record<string, number | null>,
	score: number | null,
	unknown: number | null
): RiskFacts {
	return { statement: (id) => statements[id] ?? null, score, unknown };
}

const some = facts({ s1: 1.5, s2: 3 }, 56.25, 0.25);

describe('risk conditions', () => {
	it.each<[Condition, boolean]>([
		[{ statement: 's1', lt: 2 }, true],
		[{ statement: 's1', lt: 1.5 }, false],
		[{ statement: 's1', gte: 1.5 }, true],
		[{ statement: 's2', gte: 3.5 }, false],
		[{ score: { lt: 60 } }, true],
		[{ score: { gte: 56.25 } }, true],
		[{ unknown: { gte: 0.25 } }, true],
		[{ unknown: { lt: 0.25 } }, false],
		[
			{
				all: [
					{ statement: 's1', lt: 2 },
					{ statement: 's2', gte: 3 }
				]
			},
			true
		],
		[
			{
				all: [
					{ statement: 's1', lt: 2 },
					{ statement: 's2', lt: 3 }
				]
			},
			false
		],
		[{ any: [{ statement: 's1', gte: 2 }, { score: { lt: 60 } }] }, true],
		[{ any: [{ statement: 's1', gte: 2 }, { score: { gte: 60 } }] }, false],
		[{ any: [{ all: [{ unknown: { gte: 0.2 } }, { statement: 's2', gte: 3 }] }] }, true]
	])('%j is %s', (condition, expected) => {
		expect(holds(condition, some)).toBe(expected);
	});

	it('treats a statement nobody knew as false whichever way it is compared', () => {
		const unknown = facts({ s1: null }, null, 1);
		expect(holds({ statement: 's1', lt: 2 }, unknown)).toBe(false);
		expect(holds({ statement: 's1', gte: 2 }, unknown)).toBe(false);
		expect(holds({ score: { lt: 50 } }, unknown)).toBe(false);
		expect(holds({ unknown: { gte: 1 } }, unknown)).toBe(true);
	});

	it('treats an unanswered item as unknown to every condition', () => {
		expect(holds({ unknown: { gte: 0 } }, facts({}, null, null))).toBe(false);
	});

	it('ignores floating-point noise at a threshold', () => {
		const almostTwo = facts({ s1: 1.9999999999999998 }, null, 0);
		expect(holds({ statement: 's1', lt: 2 }, almostTwo)).toBe(false);
		expect(holds({ statement: 's1', gte: 2 }, almostTwo)).toBe(true);
	});
});

describe('rateRisk', () => {
	const action = [{ id: 'x', text: { en: 'x', fa: 'ایکس' }, effort: 'quick' as const }];
	const rules: RiskRules = {
		rules: [
			{ level: 'high', when: { any: [{ statement: 's1', lt: 1 }, { unknown: { gte: 0.5 } }] } },
			{ level: 'medium', when: { score: { lt: 60 } } },
			{ level: 'high', when: { statement: 's2', lt: 2 } }
		],
		default: 'low',
		prevention: { high: action, medium: action, low: action }
	};

	it('takes the first rule that matches, even when a later one would also match', () => {
		// rule 1 (medium) and rule 2 (high) both hold; the first wins
		expect(rateRisk(rules, facts({ s1: 2, s2: 1 }, 37.5, 0))).toEqual({
			level: 'medium',
			rule: 1,
			exposure: 62.5
		});
	});

	it('reaches a later rule when the earlier ones fail', () => {
		expect(rateRisk(rules, facts({ s1: 4, s2: 1.5 }, 68.75, 0))).toEqual({
			level: 'high',
			rule: 2,
			exposure: 31.25
		});
	});

	it('falls back to the default when no rule matches', () => {
		expect(rateRisk(rules, facts({ s1: 3, s2: 3 }, 75, 0))).toEqual({
			level: 'low',
			rule: null,
			exposure: 25
		});
	});

	it('rates an item nobody knew by its unknown share, with unknown exposure', () => {
		expect(rateRisk(rules, facts({}, null, 1))).toEqual({ level: 'high', rule: 0, exposure: null });
	});
});
