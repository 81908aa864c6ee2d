import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/scoring';
import { respondent } from '$lib/scoring/test-fixtures';
import { generatePlan } from './generate';
import { markQuickWins, rank } from './priority';
import { act, answers, item, lens, realSource, source } from './test-fixtures';
import type { Suggestion } from './types';

// Two lenses of weight 1 (each half of the index):
// - plan: buy-in (weight 2, critical) and quick-wins (weight 1): shares 1/3 and 1/6;
// - risks: adoption (weight 1, with risk rules): share 1/2.
const buyIn = item(
	'buy-in',
	['sponsor', 'time'],
	{
		low: [act('name-sponsor', 'quick'), act('fund-programme', 'large')],
		mid: [act('b-mid', 'quick')]
	},
	{ weight: 2, critical: true }
);
const quickWins = item('quick-wins', ['named', 'measured'], {
	low: [act('w-low', 'quick')],
	mid: [act('name-wins', 'quick'), act('track-wins', 'medium'), act('scale-wins', 'large')]
});
const adoption = item(
	'adoption',
	['training', 'comms'],
	{
		low: [act('a-low', 'medium')],
		mid: [act('a-mid', 'quick')],
		high: [act('keep-training', 'quick')]
	},
	{
		risk: { rules: [{ level: 'high', when: { statement: 'training', lt: 1.5 } }], default: 'low' },
		prevention: {
			high: [act('train-now', 'medium')],
			medium: [act('train-soon', 'medium')],
			low: [act('review-training', 'quick')]
		}
	}
);
const lenses = [lens('plan', [buyIn, quickWins]), lens('risks', [adoption], 'risk')];

const byKey = (list: Suggestion[]) => Object.fromEntries(list.map((s) => [s.key, s]));
const keys = (list: Suggestion[]) => list.map((s) => s.key);

describe('prioritised actions', () => {
	// buy-in (1 + 2) / 2 = 1.5: tier low, gap 1.5, a blocker (critical below 2);
	// quick-wins 2: tier mid, gap 1; adoption 3: tier high, gap 0, risk low (default).
	const plan = generatePlan(
		source(lenses, [
			respondent('ana', {
				...answers('buy-in', { sponsor: 1, time: 2 }),
				...answers('quick-wins', { named: 2, measured: 2 }),
				...answers('adoption', { training: 3, comms: 3 })
			})
		])
	);
	const s = byKey(plan.actions);

	it('scores priority as gap × 25 × share: the index points at stake', () => {
		expect(s['action/buy-in/name-sponsor']?.priority).toBeCloseTo(1.5 * 25 * (1 / 3)); // 12.5
		expect(s['action/quick-wins/name-wins']?.priority).toBeCloseTo(1 * 25 * (1 / 6)); // 4.17
		expect(s['action/adoption/keep-training']?.priority).toBe(0);
		expect(s['prevention/adoption/review-training']?.priority).toBe(0);
	});

	it('puts a blocker first whatever the effort, and schedules the rest by effort', () => {
		expect(s['action/buy-in/fund-programme']).toMatchObject({
			phase: 'first_90_days',
			urgent: true
		});
		expect(s['action/quick-wins/name-wins']?.phase).toBe('first_90_days');
		expect(s['action/quick-wins/track-wins']?.phase).toBe('months_3_6');
		expect(s['action/quick-wins/scale-wins']?.phase).toBe('months_6_12');
		// Level 3 already: sustaining work, and a LOW risk's prevention, wait for months 6–12.
		expect(s['action/adoption/keep-training']?.phase).toBe('months_6_12');
		expect(s['prevention/adoption/review-training']?.phase).toBe('months_6_12');
	});

	it('orders each phase quick wins first, then by priority ÷ effort cost', () => {
		expect(keys(plan.actions)).toEqual([
			// first 90 days: two quick wins (12.5, then 4.17), then 12.5 ÷ 4 = 3.125
			'action/buy-in/name-sponsor',
			'action/quick-wins/name-wins',
			'action/buy-in/fund-programme',
			// months 3–6
			'action/quick-wins/track-wins',
			// months 6–12: 4.17 ÷ 4 = 1.04, then the two at 0 in questionnaire order
			'action/quick-wins/scale-wins',
			'action/adoption/keep-training',
			'prevention/adoption/review-training'
		]);
		expect(plan.actions.filter((a) => a.quickWin).map((a) => a.key)).toEqual([
			'action/buy-in/name-sponsor',
			'action/quick-wins/name-wins'
		]);
	});

	it('takes the actions of the tier each item is in, and the item title as the source', () => {
		expect(s['action/buy-in/b-mid']).toBeUndefined();
		expect(s['action/quick-wins/w-low']).toBeUndefined();
		expect(s['action/buy-in/name-sponsor']?.source).toEqual(buyIn.title);
	});

	it('brings a HIGH risk’s prevention into the first 90 days, even at medium effort', () => {
		// training 1 < 1.5: HIGH; adoption (1 + 2) / 2 = 1.5, tier low, gap 1.5, share 1/2.
		const high = byKey(
			generatePlan(
				source(lenses, [respondent('ben', answers('adoption', { training: 1, comms: 2 }))])
			).actions
		);
		expect(high['prevention/adoption/train-now']).toMatchObject({
			phase: 'first_90_days',
			urgent: true,
			priority: 1.5 * 25 * 0.5,
			quickWin: false
		});
		expect(high['action/adoption/a-low']?.phase).toBe('first_90_days');
	});

	it('asks to find out where nobody knew, urgently for a critical item', () => {
		const plan = generatePlan(
			source(lenses, [
				respondent('cy', answers('buy-in', { sponsor: 'dont-know', time: 'dont-know' }))
			])
		);
		expect(plan.actions).toHaveLength(1);
		expect(plan.actions[0]).toMatchObject({
			key: 'unknown/buy-in/find-out',
			kind: 'unknown',
			urgent: true,
			phase: 'first_90_days',
			quickWin: false,
			priority: expect.closeTo(25 / 3) // one level at stake × 25 × share 1/3
		});
		expect(plan.actions[0]?.text.en).toContain('“buy-in”');
	});

	it('gives the same keys for the same results, and new keys when an item changes tier', () => {
		const again = generatePlan(
			source(lenses, [
				respondent('ana', {
					...answers('buy-in', { sponsor: 1, time: 2 }),
					...answers('quick-wins', { named: 2, measured: 2 }),
					...answers('adoption', { training: 3, comms: 3 })
				})
			])
		);
		expect(keys(again.actions)).toEqual(keys(plan.actions));
		const better = generatePlan(
			source(lenses, [respondent('ana', answers('buy-in', { sponsor: 2, time: 3 }))])
		);
		expect(keys(better.actions)).toEqual(['action/buy-in/b-mid']);
	});
});

describe('rank', () => {
	it('puts a quick win before a bigger action of the same phase', () => {
		const base = { phase: 'first_90_days' as const, quickWin: false };
		const ranked = rank([
			{ ...base, id: 'big', effort: 'medium' as const, priority: 10 },
			{ ...base, id: 'quick', effort: 'quick' as const, priority: 1, quickWin: true },
			{ ...base, id: 'large', effort: 'large' as const, priority: 30 }
		]);
		// quick win; then 30 ÷ 4 = 7.5 before 10 ÷ 2 = 5
		expect(ranked.map((r) => r.id)).toEqual(['quick', 'large', 'big']);
	});
});

describe('markQuickWins', () => {
	it('names quick actions on at least the median gap, not every quick action', () => {
		const quick = {
			kind: 'action' as const,
			effort: 'quick' as const,
			phase: 'first_90_days' as const
		};
		const marked = markQuickWins([
			{ ...quick, id: 'a', priority: 1 },
			{ ...quick, id: 'b', priority: 2 },
			{ ...quick, id: 'c', priority: 10 },
			{ ...quick, id: 'd', priority: 12 },
			// Not quick, but its gain counts: the median of 1, 2, 10, 12, 20 is 10.
			{ ...quick, id: 'e', priority: 20, effort: 'large' as const },
			{ ...quick, id: 'f', priority: 0 }
		]);
		expect(marked.filter((m) => m.quickWin).map((m) => m.id)).toEqual(['c', 'd']);
	});
});

describe('the weakest-statement rule', () => {
	const information = (levels: Record<string, Answer>) =>
		respondent('ana', answers('information', levels));
	const informationKeys = (plan: ReturnType<typeof generatePlan>) =>
		keys(plan.actions).filter((k) => k.startsWith('action/information/'));

	it('adds a data-cleansing action when data quality is at 0 and the rest at 4 (mean 3, v1)', () => {
		const v1 = realSource(
			[
				information({
					'data-inventory': 4,
					'data-quality': 0,
					'timely-access': 4,
					'operational-analytical-link': 4
				})
			],
			'questionnaires/v1'
		);
		const item = v1.result.lenses.flatMap((l) => l.items).find((i) => i.id === 'information');
		expect([item?.level, item?.tier]).toEqual([3, 'high']);
		const found = informationKeys(generatePlan(v1));
		// The high tier's own action, as before …
		expect(found).toContain('action/information/feed-insight-back');
		// … and, for the statement at level 0, the lower tiers' actions: cleansing among them.
		expect(found).toContain('action/information/clean-data-and-name-owner');
		expect(found).toContain('action/information/measure-data-quality');
	});

	it('in v2, brings exactly the lower-tier actions that lift the weak statement', () => {
		const v2 = realSource([
			information({
				'data-inventory': 4,
				'data-gaps': 4,
				'data-quality': 0,
				'timely-access': 4,
				'operational-analytical-link': 4
			})
		]);
		const plan = generatePlan(v2);
		expect(informationKeys(plan).sort()).toEqual([
			'action/information/clean-data-and-name-owner',
			'action/information/feed-insight-back',
			'action/information/measure-data-quality'
		]);
		// Weighed by the statement's own shortfall: target 3, level 0, one fifth of the item.
		const clean = plan.actions.find(
			(a) => a.key === 'action/information/clean-data-and-name-owner'
		);
		const high = plan.actions.find((a) => a.key === 'action/information/feed-insight-back');
		expect(clean?.priority).toBeGreaterThan(high?.priority ?? 0);
	});

	it('adds nothing when no statement is in a lower tier than its item', () => {
		const plan = generatePlan(
			realSource([
				information({
					'data-inventory': 3,
					'data-gaps': 3,
					'data-quality': 3,
					'timely-access': 4,
					'operational-analytical-link': 4
				})
			])
		);
		expect(informationKeys(plan)).toEqual(['action/information/feed-insight-back']);
	});
});
