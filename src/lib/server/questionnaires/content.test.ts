// The real questionnaires/ directory, as the server will load it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../scoring';
import { arbitraryRespondents, raisable, raise } from '../../scoring/test-arbitraries';
import { checkQuestionnaires, loadQuestionnaires } from '.';

const PERSIAN_SCRIPT = /[\u0600-\u06FF]/;

/** Every { en, fa } object anywhere in a value, with its path. */
function* bilinguals(value: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
	if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* bilinguals(v, `${path}[${i}]`);
	else if (value !== null && typeof value === 'object') {
		const keys = Object.keys(value);
		if (keys.includes('en') || keys.includes('fa')) yield [path, value as Record<string, unknown>];
		else
			for (const key of keys)
				yield* bilinguals((value as Record<string, unknown>)[key], `${path}.${key}`);
	}
}

describe('questionnaires/', () => {
	it('passes every check: schema, unique ids, resolving links, a coherent model', () => {
		const { files, issues } = checkQuestionnaires('questionnaires');
		expect(issues).toEqual([]);
		expect(files.length).toBeGreaterThanOrEqual(5);
	});

	it('has the lenses and goals the sources describe', () => {
		const { lenses, goals, model } = loadQuestionnaires();
		expect(model.lenses.map((l) => l.questionnaire)).toEqual([
			'strategic-planning',
			'failure-risks',
			'building-blocks'
		]);
		expect(lenses.map((l) => [l.id, l.kind, l.items.length])).toEqual([
			['strategic-planning', 'scored', 10],
			['failure-risks', 'risk', 5],
			['building-blocks', 'scored', 8]
		]);
		expect(goals.goals).toHaveLength(5);
		expect(model.bands.map((b) => b.id)).toEqual([
			'not-ready',
			'emerging',
			'developing',
			'ready',
			'leading'
		]);
	});

	it('writes every text in both languages, the Persian in Persian script', () => {
		const texts = [...loadQuestionnaires().byId.values()].flatMap((file) => [
			...bilinguals(file, file.id)
		]);
		const faults = texts.flatMap(([path, { en, fa }]) => [
			...(typeof en === 'string' && en.trim() ? [] : [`${path}.en is empty`]),
			...(typeof fa === 'string' && fa.trim() ? [] : [`${path}.fa is empty`]),
			...(typeof fa === 'string' && PERSIAN_SCRIPT.test(fa)
				? []
				: [`${path}.fa has no Persian script`])
		]);
		expect(faults).toEqual([]);
		expect(texts.length).toBeGreaterThan(500);
	});

	it("never raises a failure cause's risk level when an answer is raised", () => {
		const { model, lenses } = loadQuestionnaires();
		const risks = lenses.filter((l) => l.kind === 'risk');
		const scoring = {
			model: { ...model, lenses: risks.map((l) => ({ questionnaire: l.id, weight: 1 })) },
			lenses: risks
		};
		const rank = { low: 0, medium: 1, high: 2 } as const;
		fc.assert(
			fc.property(arbitraryRespondents(scoring), fc.nat(), fc.nat(), (respondents, who, which) => {
				const pick = raisable(respondents, who, which);
				fc.pre(pick !== null);
				if (!pick) return;
				const before = scoreAssessment(scoring, respondents).risks;
				const after = scoreAssessment(scoring, raise(respondents, pick.r, pick.key)).risks;
				expect(after).toHaveLength(5);
				after.forEach((risk, i) => {
					const previous = before[i];
					if (previous) expect(rank[risk.level]).toBeLessThanOrEqual(rank[previous.level]);
				});
			}),
			{ numRuns: 300 }
		);
	});
});
