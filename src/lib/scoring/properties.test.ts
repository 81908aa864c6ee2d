import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assess';
import { arbitraryAssessment, raisable, raise } from './test-arbitraries';
import { ROLE_LAYERS, type AssessmentResult, type ScoringModel } from './types';

/** Every score the result reports, in a fixed order, so two results can be compared. */
function scores(result: AssessmentResult): (number | null)[] {
	const summaries = [
		...Object.values(result.byRole),
		...Object.values(result.byDepartment),
		...result.individuals
	];
	const statements = result.lenses.flatMap((l) => l.items.flatMap((it) => it.statements));
	return [
		result.index,
		...result.lenses.flatMap((l) => [l.score, ...l.items.map((it) => it.score)]),
		...statements.flatMap((s) => [
			s.score,
			...Object.values(s.byRole).map((r) => r.score),
			...Object.values(s.byDepartment).map((d) => d.score)
		]),
		...summaries.flatMap((s) => [s.index, ...Object.values(s.lenses), ...Object.values(s.items)])
	];
}

const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
const bandRank = (scoring: ScoringModel, id: string | undefined) =>
	scoring.model.bands.findIndex((b) => b.id === id);

describe('scoring properties', () => {
	it('keeps every score within 0–100, and confidence and disagreement within 0–1', () => {
		fc.assert(
			fc.property(arbitraryAssessment, ([scoring, respondents]) => {
				const result = scoreAssessment(scoring, respondents);
				const percentages = known([...scores(result), ...result.risks.map((r) => r.exposure)]);
				const shares = known([
					result.confidence,
					...result.lenses.flatMap((l) =>
						l.items.flatMap((it) => it.statements.flatMap((s) => [s.confidence, s.disagreement]))
					)
				]);
				expect(percentages.every((v) => v >= 0 && v <= 100)).toBe(true);
				expect(shares.every((v) => v >= 0 && v <= 1)).toBe(true);
			})
		);
	});

	it('never lowers a score or the band, nor raises an exposure or adds a blocker, when one answer is raised', () => {
		fc.assert(
			fc.property(arbitraryAssessment, fc.nat(), fc.nat(), ([scoring, respondents], who, which) => {
				const pick = raisable(respondents, who, which);
				fc.pre(pick !== null);
				if (!pick) return;
				const before = scoreAssessment(scoring, respondents);
				const after = scoreAssessment(scoring, raise(respondents, pick.r, pick.key));
				const next = scores(after);
				scores(before).forEach((value, i) =>
					value === null
						? expect(next[i]).toBeNull()
						: expect(next[i]).toBeGreaterThanOrEqual(value)
				);
				expect(bandRank(scoring, after.band?.id)).toBeGreaterThanOrEqual(
					bandRank(scoring, before.band?.id)
				);
				after.risks.forEach((risk, i) =>
					expect(risk.exposure ?? 0).toBeLessThanOrEqual(before.risks[i]?.exposure ?? 0)
				);
				const blockedBefore = before.blockers.map((b) => b.item);
				for (const blocker of after.blockers) expect(blockedBefore).toContain(blocker.item);
			})
		);
	});

	it('does not depend on the order of the respondents', () => {
		const shuffled = arbitraryAssessment.chain(([scoring, respondents]) =>
			fc.tuple(
				fc.constant(scoring),
				fc.constant(respondents),
				fc.shuffledSubarray(respondents, { minLength: respondents.length })
			)
		);
		fc.assert(
			fc.property(shuffled, ([scoring, respondents, reordered]) => {
				expect(scoreAssessment(scoring, reordered)).toEqual(scoreAssessment(scoring, respondents));
			})
		);
	});

	it('gives zero disagreement when everyone answers alike, whatever their roles', () => {
		const roles = fc.array(fc.constantFrom(...ROLE_LAYERS), { minLength: 2, maxLength: 8 });
		fc.assert(
			fc.property(arbitraryAssessment, roles, ([scoring, [first]], layers) => {
				if (!first) return;
				const alike = layers.map((role, i) => ({ ...first, id: `${i}`, role }));
				const result = scoreAssessment(scoring, alike);
				const statements = result.lenses.flatMap((l) => l.items.flatMap((it) => it.statements));
				const items = result.lenses.flatMap((l) => l.items);
				expect(statements.every((s) => s.disagreement === 0 && (s.roleGap?.gap ?? 0) === 0)).toBe(
					true
				);
				expect(items.every((it) => (it.roleGap?.gap ?? 0) === 0)).toBe(true);
			})
		);
	});

	it('does not change any mean when a "don\'t know" is withdrawn', () => {
		fc.assert(
			fc.property(arbitraryAssessment, fc.nat(), ([scoring, respondents], which) => {
				const unknowns = respondents.flatMap((r) =>
					Object.entries(r.answers).flatMap(([key, a]) => (a === 'dont-know' ? [{ r, key }] : []))
				);
				const picked = unknowns[which % Math.max(1, unknowns.length)];
				fc.pre(picked !== undefined);
				if (!picked) return;
				const withdrawn = respondents.map((r) => {
					if (r !== picked.r) return r;
					const { [picked.key]: _, ...answers } = r.answers;
					return { ...r, answers };
				});
				const before = scoreAssessment(scoring, respondents);
				const after = scoreAssessment(scoring, withdrawn);
				expect(scores(after)).toEqual(scores(before));
				expect(after.dontKnow).toBe(before.dontKnow - 1);
			})
		);
	});
});
