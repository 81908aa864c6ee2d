import { describe, expect, it } from 'vitest';
import { risks } from './headline';
import { context } from './input';
import { planSections } from './plan';
import { summary } from './summary';
import { reportInput } from './test-fixtures';

function paragraphs(input = reportInput()) {
	const ctx = context(input, 'en');
	return summary(ctx, input.result.index ?? 0, risks(ctx), planSections(ctx).plan);
}

describe('the executive summary (hand-built input, see test-fixtures.ts)', () => {
	it('says the result, the blockers, the risks, the role gap, the plan and the unknowns', () => {
		expect(paragraphs()).toEqual([
			'4 people answered. Acme scores 44 out of 100, in the “emerging” band. ' +
				'One blocker must be dealt with first: “vision”.',
			'Of the five failure causes, 1 are rated high, 0 medium and 0 low risk; ' +
				'the most exposed is “adoption”.',
			'Executives rate readiness 1.5 levels higher than specialists do.',
			// Printed: the quick win, the team's own action and the obsolete one under way.
			'The plan holds 3 actions; 1 quick wins can start in the first 90 days, ' +
				'beginning with: do sponsor',
			// 3 of 24 answers: 12.5%, rounded.
			"13% of the answers were “don't know”: establish those facts before deciding."
		]);
	});

	it('leaves out what does not apply: no blocker, no wide gap, no plan, few unknowns', () => {
		const input = reportInput();
		const result = {
			...input.result,
			blockers: [],
			dontKnow: 1,
			byRole: { ...input.result.byRole, specialist: input.result.byRole.executive }
		};
		const plan = { ...input.plan, actions: [] };
		expect(paragraphs({ ...input, result, plan })).toEqual([
			'4 people answered. Acme scores 44 out of 100, in the “emerging” band. ' +
				'No critical item is below level 2.',
			'Of the five failure causes, 1 are rated high, 0 medium and 0 low risk; ' +
				'the most exposed is “adoption”.'
		]);
	});

	it('says when the blockers hold the band below what the index reaches', () => {
		const input = reportInput();
		const result = {
			...input.result,
			band: { id: 'emerging', reached: 'developing', capped: true }
		};
		expect(paragraphs({ ...input, result })[0]).toBe(
			'4 people answered. Acme scores 44 out of 100, in the “emerging” band. ' +
				'The index alone would reach “developing”, but critical items below level 2 hold the ' +
				'band at “emerging”. One blocker must be dealt with first: “vision”.'
		);
	});
});
