import { describe, expect, it } from 'vitest';
import { anonymise } from '$lib/assessments/anonymity';
import { scoreAssessment, type Answer, type RoleLayer } from '$lib/scoring';
import { item, lens, model, respondent } from '$lib/scoring/test-fixtures';
import { buildSnapshot, participantView, type LiveState } from './snapshot';

const scoring = model([
	lens('plan', [item('vision', ['shared', 'written']), item('goals', ['kpi'])]),
	lens('blocks', [item('data', ['clean', 'owned'])])
]);
const state: LiveState = {
	status: 'open',
	joinOpen: true,
	openSections: ['plan'],
	revealed: false
};

function people(levels: [RoleLayer, Record<string, Answer>][], department = 'Sales') {
	return levels.map(([role, answers], i) => respondent(`p${i}`, answers, role, department));
}

function snapshot(list: ReturnType<typeof people>, anonymous: boolean) {
	const scored = scoreAssessment(scoring, list);
	const anonymised = anonymous ? anonymise(scored) : null;
	return buildSnapshot({
		result: anonymised ?? scored,
		anonymous,
		hiddenRoles: (anonymised?.suppressed.roles ?? []).filter(
			(r) => scored.byRole[r].respondents > 0
		),
		state,
		answering: list.filter((p) => Object.keys(p.answers).length > 0).length,
		finished: 0,
		asOf: 1
	});
}

describe('live snapshot', () => {
	it('counts progress per section against joined × statements', () => {
		const s = snapshot(
			people([
				['executive', { 'vision/shared': 4, 'vision/written': 'dont-know' }],
				['specialist', {}]
			]),
			false
		);
		expect(s.joined).toBe(2);
		expect(s.answering).toBe(1);
		expect(s.sections).toEqual([
			{ lens: 'plan', answers: 2, expected: 6 },
			{ lens: 'blocks', answers: 0, expected: 4 }
		]);
	});

	it('puts the statement people disagree on first, with its distribution and role gap', () => {
		const s = snapshot(
			people([
				['executive', { 'vision/shared': 4, 'goals/kpi': 2 }],
				['executive', { 'vision/shared': 4, 'goals/kpi': 2 }],
				['specialist', { 'vision/shared': 0, 'goals/kpi': 2 }]
			]),
			false
		);
		expect(s.discussion[0]).toMatchObject({
			key: 'vision/shared',
			gap: { gap: 4, high: 'executive', low: 'specialist', highMean: 4, lowMean: 0 }
		});
		expect(s.discussion[1]).toMatchObject({ key: 'goals/kpi', disagreement: 0 });
		expect(s.statements.find((x) => x.key === 'vision/shared')?.distribution).toEqual([
			1, 0, 0, 0, 2
		]);
	});

	it('in an anonymous session shows nothing about fewer than three people', () => {
		const two = snapshot(
			people([
				['executive', { 'vision/shared': 4 }],
				['specialist', { 'vision/shared': 0 }]
			]),
			true
		);
		expect(two.index).toBeNull();
		expect(two.lenses.every((l) => l.score === null)).toBe(true);
		expect(two.statements.every((x) => x.distribution === null && x.mean === null)).toBe(true);
		expect(two.discussion).toEqual([]);
		expect(two.sections[0]?.answers).toBe(2);

		const three = snapshot(
			people([
				['executive', { 'vision/shared': 4, 'data/clean': 1 }],
				['specialist', { 'vision/shared': 0 }],
				['other', { 'vision/shared': 2 }]
			]),
			true
		);
		const shared = three.statements.find((x) => x.key === 'vision/shared');
		expect(shared?.distribution).toEqual([1, 0, 1, 0, 1]);
		// One answer to "data/clean" would be that person's answer.
		expect(three.statements.find((x) => x.key === 'data/clean')?.distribution).toBeNull();
		// Every role layer has fewer than three people: no gap between them is shown.
		expect(three.hiddenRoles).toEqual(['executive', 'specialist', 'other']);
		expect(three.discussion.map((d) => [d.key, d.gap])).toEqual([['vision/shared', null]]);
		expect(JSON.stringify(three)).not.toMatch(/Sales|p0|p1|p2/);
	});

	it('gives participants the summary only once results are revealed', () => {
		const s = snapshot(people([['executive', { 'vision/shared': 3 }]]), false);
		expect(participantView(state, s).summary).toBeNull();
		const revealed = { ...state, revealed: true };
		expect(participantView(revealed, s).summary).toEqual({
			respondents: 1,
			index: s.index,
			band: s.band,
			lenses: s.lenses
		});
	});
});
