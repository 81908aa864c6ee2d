// Issue 15 §4–5 in the engine: a statement not put to someone (not their role layer in a
// workshop, or not asked at the organisation's stage) is not asked. It is not "don't know" (no
// information gap, no lower confidence) and not a gap (no level 0); an answer recorded anyway
// is ignored; and each statement says how many people it was put to. Figures computed by hand.
import { describe, expect, it } from 'vitest';
import type { Statement } from '../questionnaires/schema';
import { scoreAssessment } from './assess';
import { audienceOf } from './roles';
import { item, lens, model, respondent, statement } from './test-fixtures';
import type { Decisions } from './types';

const forLayers = (id: string, audience: Statement['audience']): Statement => ({
	...statement(id),
	audience
});
const staged: Statement = {
	...statement('t'),
	stages: {
		no_crm: 'skip',
		choosing: { text: { en: 'reworded', fa: 'بازنویسی' }, levels: statement('t2').levels }
	}
};
// Item x: c common, m for middle managers, f for front-line supervisors and specialists.
// Item y: c2 common, t not asked before a CRM is chosen.
const scoring = model([
	lens('l', [
		item('x', ['c', forLayers('m', ['middle_manager']), forLayers('f', ['specialist'])]),
		item('y', ['c2', staged])
	])
]);
const people = [
	// x/f is not put to a middle manager: this answer (0) must be ignored.
	respondent('M', { 'x/c': 4, 'x/m': 2, 'x/f': 0, 'y/c2': 2 }, 'middle_manager'),
	respondent('F', { 'x/c': 2, 'x/f': 4, 'y/c2': 'dont-know', 'y/t': 3 }, 'specialist'),
	// An executive is put the common statements and the executives' (none here): x/m is ignored.
	respondent('O', { 'x/c': 0, 'x/m': 1 }, 'executive')
];
const run = (decisions: Decisions) => scoreAssessment(scoring, people, decisions);
const items = (r: ReturnType<typeof run>) => r.lenses[0]?.items ?? [];
const stmt = (r: ReturnType<typeof run>, i: number, s: number) => items(r)[i]?.statements[s];

describe('audiences: a workshop puts the common statements and their own layer’s', () => {
	const r = run({ byLayer: true });

	it('says how many people each statement was put to', () => {
		expect(items(r).map((it) => it.statements.map((s) => [s.id, s.asked]))).toEqual([
			[
				['c', 3],
				['m', 1],
				['f', 1]
			],
			[
				['c2', 3],
				['t', 3]
			]
		]);
	});

	it('ignores answers to statements not put to the respondent', () => {
		// x/m: only M's 2 (O's 1 ignored); x/f: only F's 4 (M's 0 ignored).
		expect(stmt(r, 0, 1)).toMatchObject({ known: 1, mean: 2, dontKnow: 0 });
		expect(stmt(r, 0, 2)).toMatchObject({ known: 1, mean: 4, dontKnow: 0 });
		expect(stmt(r, 0, 2)?.byRole.middle_manager.known).toBe(0);
	});

	it('is neither "don\'t know" nor a gap: x is (2 + 2 + 4) / 3, fully known', () => {
		const x = items(r)[0];
		expect(x?.level).toBeCloseTo(8 / 3, 10);
		expect(x).toMatchObject({ known: 5, dontKnow: 0, confidence: 1 });
		// Only F's real "don't know" on y/c2 is an information gap: 5 + 2 known, 1 unknown.
		expect(r).toMatchObject({ known: 7, dontKnow: 1, confidence: 0.875 });
		// y = (c2 2 + t 3) / 2 = 2.5; index = (66.67 + 62.5) / 2.
		expect(items(r)[1]?.level).toBe(2.5);
		expect(r.index).toBeCloseTo((200 / 3 + 62.5) / 2, 10);
		// The gap to the default target 3 is from the known levels alone.
		expect(x?.gap).toBeCloseTo(1 / 3, 10);
	});

	it('puts everything to a consultant and to anyone outside the layers', () => {
		expect(audienceOf('consultant', true)).toBe('all');
		expect(audienceOf('other', true)).toBe('all');
		expect(audienceOf('specialist', true)).toBe('specialist');
		expect(audienceOf('executive', false)).toBe('all');
	});
});

describe('audiences: a self-assessment puts every statement to everyone', () => {
	const r = run({});

	it('counts every answer: x/m = (2 + 1) / 2, x/f = (0 + 4) / 2', () => {
		expect(stmt(r, 0, 1)).toMatchObject({ asked: 3, known: 2, mean: 1.5 });
		expect(stmt(r, 0, 2)).toMatchObject({ asked: 3, known: 2, mean: 2 });
		expect(items(r)[0]?.level).toBeCloseTo((2 + 1.5 + 2) / 3, 10);
	});
});

describe('stages: a statement a stage does not ask is put to nobody', () => {
	it('before any CRM, y/t is not asked: F’s 3 is ignored and y is c2 alone', () => {
		const r = run({ byLayer: true, stage: 'no_crm' });
		expect(stmt(r, 1, 1)).toMatchObject({ asked: 0, known: 0, dontKnow: 0, mean: null });
		expect(items(r)[1]).toMatchObject({ level: 2, score: 50, dontKnow: 1 });
		expect(r.index).toBeCloseTo((200 / 3 + 50) / 2, 10);
	});

	it('while choosing, the reworded statement is asked and counts as usual', () => {
		const r = run({ byLayer: true, stage: 'choosing' });
		expect(stmt(r, 1, 1)).toMatchObject({ asked: 3, known: 1, mean: 3 });
		expect(items(r)[1]?.level).toBe(2.5);
	});

	it('content without audiences or stages scores exactly as before, whatever the decisions', () => {
		const plain = model([lens('l', [item('x', ['c', 'm'])])]);
		const answers = [
			respondent('a', { 'x/c': 1, 'x/m': 4 }, 'middle_manager'),
			respondent('b', { 'x/c': 3 }, 'other')
		];
		const before = scoreAssessment(plain, answers);
		const after = scoreAssessment(plain, answers, { byLayer: true, stage: 'no_crm' });
		expect(after).toEqual(before);
		expect(before.lenses[0]?.items[0]?.statements.map((s) => s.asked)).toEqual([2, 2]);
	});
});
