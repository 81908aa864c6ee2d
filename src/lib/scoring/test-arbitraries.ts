// fast-check generators of small questionnaires and the people answering them.
import fc from 'fast-check';
import type { Level, RiskRules } from '../questionnaires/schema';
import { statementKey } from './layout';
import type { Liftable } from './projection';
import { item, lens, model, statement } from './test-fixtures';
import {
	ROLE_LAYERS,
	type Answer,
	type Decisions,
	type Respondent,
	type ScoreView,
	type ScoringModel
} from './types';

const weight = fc.oneof(
	fc.integer({ min: 1, max: 5 }),
	fc.double({ min: 0.1, max: 5, noNaN: true })
);

const risk: Omit<RiskRules, 'prevention'> = {
	rules: [
		{ level: 'high', when: { any: [{ statement: 's0', lt: 1 }, { unknown: { gte: 0.5 } }] } },
		{ level: 'medium', when: { score: { lt: 60 } } }
	],
	default: 'low'
};

/** 1–3 lenses (scored or risk) of 1–3 items of 2–4 statements, arbitrary weights and flags. */
export const arbitraryModel: fc.Arbitrary<ScoringModel> = fc
	.array(
		fc.record({
			weight,
			kind: fc.constantFrom('scored' as const, 'risk' as const),
			items: fc.array(
				fc.record({
					weight,
					critical: fc.boolean(),
					statements: fc.array(weight, { minLength: 2, maxLength: 4 })
				}),
				{ minLength: 1, maxLength: 3 }
			)
		}),
		{ minLength: 1, maxLength: 3 }
	)
	.map((lenses) =>
		model(
			lenses.map((l, i) =>
				lens(
					`l${i}`,
					l.items.map((it, j) =>
						item(
							`l${i}-i${j}`,
							it.statements.map((w, k) => statement(`s${k}`, w)),
							{
								weight: it.weight,
								critical: it.critical,
								risk: l.kind === 'risk' ? risk : undefined
							}
						)
					),
					l.kind
				)
			),
			lenses.map((l) => l.weight)
		)
	);

export const keysOf = (scoring: ScoringModel) =>
	scoring.lenses.flatMap((l) =>
		l.items.flatMap((it) => it.statements.map((s) => statementKey(it.id, s.id)))
	);

const answer = fc.constantFrom<Answer | undefined>(
	0,
	1,
	2,
	3,
	4,
	'dont-know',
	'not-applicable',
	undefined
);

/** Up to 12 people with unique ids, any role and department, answering any subset. */
export function arbitraryRespondents(scoring: ScoringModel): fc.Arbitrary<Respondent[]> {
	const keys = keysOf(scoring);
	return fc
		.array(
			fc.record({
				role: fc.constantFrom(...ROLE_LAYERS),
				department: fc.constantFrom(null, 'sales', 'service', 'it'),
				answers: fc.tuple(...keys.map(() => answer))
			}),
			{ minLength: 1, maxLength: 12 }
		)
		.map((people) =>
			people.map((p, i) => ({
				id: `r${String(i).padStart(2, '0')}`,
				role: p.role,
				department: p.department,
				answers: Object.fromEntries(
					keys.flatMap((k, j) => (p.answers[j] === undefined ? [] : [[k, p.answers[j]]]))
				)
			}))
		);
}

export const arbitraryAssessment = arbitraryModel.chain((scoring) =>
	fc.tuple(fc.constant(scoring), arbitraryRespondents(scoring))
);

const level = fc.constantFrom<Level>(0, 1, 2, 3, 4);

/** Targets for any subset of the items, agreed levels for any subset of the statements. */
export function arbitraryDecisions(scoring: ScoringModel): fc.Arbitrary<Decisions> {
	const items = scoring.lenses.flatMap((l) => l.items.map((i) => i.id));
	const keys = keysOf(scoring);
	return fc.record({
		targets: fc
			.tuple(...items.map(() => fc.option(level, { nil: undefined })))
			.map((ts) =>
				Object.fromEntries(items.flatMap((id, i) => (ts[i] === undefined ? [] : [[id, ts[i]]])))
			),
		agreed: fc
			.tuple(...keys.map(() => fc.option(level, { nil: undefined })))
			.map((ls) =>
				Object.fromEntries(keys.flatMap((k, i) => (ls[i] === undefined ? [] : [[k, ls[i]]])))
			),
		view: fc.constantFrom<ScoreView>('crowd', 'agreed')
	});
}

/** Up to 6 actions, each lifting 1–3 of the model's statements (or an unknown one) to a level. */
export function arbitraryActions(scoring: ScoringModel): fc.Arbitrary<Liftable[]> {
	const keys = [...keysOf(scoring), 'nowhere/at-all'];
	return fc.array(
		fc.record({
			lifts: fc.array(fc.record({ statement: fc.constantFrom(...keys), to: level }), {
				minLength: 1,
				maxLength: 3
			})
		}),
		{ maxLength: 6 }
	);
}

/** A model, its respondents, decisions about it and some actions. */
export const arbitraryDecided = arbitraryModel.chain((scoring) =>
	fc.tuple(
		fc.constant(scoring),
		arbitraryRespondents(scoring),
		arbitraryDecisions(scoring),
		arbitraryActions(scoring)
	)
);

/** One respondent's answer at `key` raised by one level. */
export function raise(respondents: Respondent[], who: Respondent, key: string): Respondent[] {
	const level = who.answers[key];
	if (typeof level !== 'number' || level >= 4) throw new RangeError(`Cannot raise ${key}`);
	return respondents.map((r) =>
		r === who ? { ...r, answers: { ...r.answers, [key]: (level + 1) as Answer } } : r
	);
}

/** Picks, from arbitrary numbers, one answer that can be raised; null if there is none. */
export function raisable(respondents: Respondent[], who: number, which: number) {
	const candidates = respondents.flatMap((r) =>
		Object.entries(r.answers).flatMap(([key, a]) =>
			typeof a === 'number' && a < 4 ? [{ r, key }] : []
		)
	);
	return candidates[(who * 31 + which) % Math.max(1, candidates.length)] ?? null;
}
