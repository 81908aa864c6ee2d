// Properties of what people decide beside the answers: "not applicable" answers, targets and
// the agreed view. Each is stated for any questionnaire and any answers (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assess';
import {
	arbitraryAssessment,
	arbitraryDecided,
	arbitraryDecisions,
	arbitraryModel,
	arbitraryRespondents,
	raisable,
	raise
} from './test-arbitraries';
import type { AssessmentResult, Respondent } from './types';

/** Every score of the group's tree and of the breakdowns, in a fixed order. */
function scores(result: AssessmentResult): (number | null)[] {
	const summaries = [
		...Object.values(result.byRole),
		...Object.values(result.byDepartment),
		...result.individuals
	];
	return [
		result.index,
		result.gap,
		...result.lenses.flatMap((l) => [
			l.score,
			l.gap,
			...l.items.flatMap((it) => [
				it.score,
				it.gap,
				...it.statements.flatMap((s) => [
					s.score,
					s.mean,
					...Object.values(s.byRole).map((r) => r.score),
					...Object.values(s.byDepartment).map((d) => d.score)
				])
			])
		]),
		...summaries.flatMap((s) => [s.index, ...Object.values(s.lenses), ...Object.values(s.items)])
	];
}

const withAnswer = (respondents: Respondent[], from: string, to: string) =>
	respondents.map((r) => ({
		...r,
		answers: Object.fromEntries(Object.entries(r.answers).map(([k, a]) => [k, a === from ? to : a]))
	})) as Respondent[];

const arbitraryWithDecisions = arbitraryModel.chain((scoring) =>
	fc.tuple(fc.constant(scoring), arbitraryRespondents(scoring), arbitraryDecisions(scoring))
);

describe('not applicable', () => {
	it('is excluded from every score exactly like "don\'t know", and counted apart', () => {
		fc.assert(
			fc.property(arbitraryWithDecisions, ([scoring, respondents, decisions]) => {
				const asDontKnow = scoreAssessment(
					scoring,
					withAnswer(respondents, 'not-applicable', 'dont-know'),
					decisions
				);
				const asNa = scoreAssessment(
					scoring,
					withAnswer(respondents, 'dont-know', 'not-applicable'),
					decisions
				);
				expect(scores(asNa)).toEqual(scores(asDontKnow));
				expect(asNa.band).toEqual(asDontKnow.band);
				expect(asNa.blockers).toEqual(asDontKnow.blockers);
				expect(asNa.shortfalls).toEqual(asDontKnow.shortfalls);
				// The same answers, counted as what they are.
				const unknowns = asDontKnow.dontKnow + asDontKnow.notApplicable;
				expect(asNa.notApplicable).toBe(unknowns);
				expect(asNa.dontKnow).toBe(0);
				expect(asDontKnow.notApplicable).toBe(0);
				// Not an information gap: confidence counts only known against "don't know".
				expect(asNa.confidence).toBe(asNa.known > 0 ? 1 : null);
			})
		);
	});
});

describe('the agreed view', () => {
	it('equals the crowd view when nothing is agreed', () => {
		fc.assert(
			fc.property(arbitraryWithDecisions, ([scoring, respondents, decisions]) => {
				const crowd = scoreAssessment(scoring, respondents, {
					targets: decisions.targets,
					view: 'crowd'
				});
				const agreed = scoreAssessment(scoring, respondents, {
					targets: decisions.targets,
					agreed: {},
					view: 'agreed'
				});
				expect({ ...agreed, view: 'crowd' }).toEqual(crowd);
			})
		);
	});

	it('scores an agreed statement at its agreed level, and leaves the crowd view and every breakdown alone', () => {
		fc.assert(
			fc.property(arbitraryWithDecisions, ([scoring, respondents, decisions]) => {
				const crowd = scoreAssessment(scoring, respondents, { ...decisions, view: 'crowd' });
				const plain = scoreAssessment(scoring, respondents, { targets: decisions.targets });
				const agreed = scoreAssessment(scoring, respondents, { ...decisions, view: 'agreed' });
				// Recording an agreement changes nothing in the crowd view but the marks.
				const unmark = (r: AssessmentResult) => ({
					...r,
					lenses: r.lenses.map((l) => ({
						...l,
						items: l.items.map((i) => ({
							...i,
							statements: i.statements.map((s) => ({ ...s, agreed: null }))
						}))
					})),
					discussion: r.discussion.map((d) => ({ ...d, agreed: null }))
				});
				expect(unmark(crowd)).toEqual(plain);
				const statements = agreed.lenses.flatMap((l) => l.items.flatMap((i) => i.statements));
				const items = agreed.lenses.flatMap((l) => l.items);
				for (const it of items)
					for (const s of it.statements) {
						const key = `${it.id}/${s.id}`;
						const level = decisions.agreed?.[key];
						expect(s.agreed).toBe(level ?? null);
						expect(s.level).toBe(level ?? s.mean);
					}
				expect(statements.map((s) => s.mean)).toEqual(
					crowd.lenses.flatMap((l) => l.items.flatMap((i) => i.statements.map((s) => s.mean)))
				);
				expect(agreed.byRole).toEqual(crowd.byRole);
				expect(agreed.individuals).toEqual(crowd.individuals);
				expect(agreed.discussion).toEqual(crowd.discussion);
				expect([agreed.known, agreed.dontKnow, agreed.confidence]).toEqual([
					crowd.known,
					crowd.dontKnow,
					crowd.confidence
				]);
			})
		);
	});
});

describe('targets and the gap to target', () => {
	it('keeps gaps within 0–100 (0–4 for items) and zero exactly where every known item meets its target', () => {
		fc.assert(
			fc.property(arbitraryDecided, ([scoring, respondents, decisions]) => {
				const r = scoreAssessment(scoring, respondents, decisions);
				const items = r.lenses.flatMap((l) => l.items);
				for (const it of items) {
					if (it.level === null) expect(it.gap).toBeNull();
					else expect(it.gap).toBeCloseTo(Math.max(0, it.target - it.level), 9);
					expect(it.weightedGap ?? 0).toBeCloseTo((it.gap ?? 0) * 25 * it.share, 9);
				}
				const lensGaps = r.lenses.map((l) => l.gap);
				for (const g of [r.gap, ...lensGaps]) if (g !== null) expect(g).toBeGreaterThanOrEqual(0);
				for (const g of [r.gap, ...lensGaps]) if (g !== null) expect(g).toBeLessThanOrEqual(100);
				const met = items.every((it) => it.gap === null || it.gap === 0);
				if (r.gap !== null) expect(r.gap === 0).toBe(met);
				// Largest weighted gap first, and only items short of their target.
				const weighted = r.shortfalls.map((s) => s.weightedGap);
				expect(weighted).toEqual([...weighted].sort((a, b) => b - a));
				expect(r.shortfalls.length).toBe(items.filter((it) => (it.gap ?? 0) > 0).length);
			})
		);
	});

	it("sums the items' weighted gaps into the index gap when every item is known", () => {
		fc.assert(
			fc.property(arbitraryDecided, ([scoring, respondents, decisions]) => {
				const r = scoreAssessment(scoring, respondents, decisions);
				const items = r.lenses.flatMap((l) => l.items);
				fc.pre(items.every((it) => it.level !== null));
				const sum = items.reduce((n, it) => n + (it.weightedGap ?? 0), 0);
				expect(r.gap).toBeCloseTo(sum, 9);
			})
		);
	});

	it('never raises a gap or lowers a score when one answer is raised, in either view', () => {
		fc.assert(
			fc.property(arbitraryDecided, fc.nat(), fc.nat(), ([scoring, respondents, d], who, which) => {
				const pick = raisable(respondents, who, which);
				fc.pre(pick !== null);
				if (!pick) return;
				const before = scoreAssessment(scoring, respondents, d);
				const after = scoreAssessment(scoring, raise(respondents, pick.r, pick.key), d);
				const gaps = (r: AssessmentResult) => [
					r.gap,
					...r.lenses.flatMap((l) => [l.gap, ...l.items.map((i) => i.gap)])
				];
				const next = gaps(after);
				gaps(before).forEach((g, i) =>
					g === null ? expect(next[i]).toBeNull() : expect(next[i]).toBeLessThanOrEqual(g + 1e-9)
				);
				const levels = (r: AssessmentResult) => [r.index, ...r.lenses.map((l) => l.score)];
				const raised = levels(after);
				levels(before).forEach((v, i) =>
					v === null ? expect(raised[i]).toBeNull() : expect(raised[i]).toBeGreaterThanOrEqual(v)
				);
			})
		);
	});

	it('does not depend on the order of the respondents', () => {
		fc.assert(
			fc.property(
				arbitraryDecided.chain(([scoring, respondents, d]) =>
					fc.tuple(
						fc.constant(scoring),
						fc.constant(respondents),
						fc.constant(d),
						fc.shuffledSubarray(respondents, { minLength: respondents.length })
					)
				),
				([scoring, respondents, d, reordered]) => {
					expect(scoreAssessment(scoring, reordered, d)).toEqual(
						scoreAssessment(scoring, respondents, d)
					);
				}
			)
		);
	});
});

it('keeps the results JSON-serialisable, decisions included', () => {
	fc.assert(
		fc.property(arbitraryAssessment, ([scoring, respondents]) => {
			const r = scoreAssessment(scoring, respondents, { view: 'agreed' });
			expect(JSON.parse(JSON.stringify(r))).toEqual(r);
		}),
		{ numRuns: 20 }
	);
});
