import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '$lib/scoring';
import { item, lens, model, respondent } from '$lib/scoring/test-fixtures';
import { anonymise, MIN_GROUP } from './anonymity';

// One item, two statements. One executive (the CEO, alone in the layer) sees everything at
// level 4; three specialists at level 0 on s1 and level 2 on s2; Sales has 1 person, Ops 3.
const scoring = model([lens('l', [item('i', ['s1', 's2'])])]);
const people = [
	respondent('ceo', { 'i/s1': 4, 'i/s2': 4 }, 'executive', 'Sales'),
	respondent('a', { 'i/s1': 0, 'i/s2': 2 }, 'specialist', 'Ops'),
	respondent('b', { 'i/s1': 0, 'i/s2': 2 }, 'specialist', 'Ops'),
	respondent('c', { 'i/s1': 0, 'i/s2': 2 }, 'specialist', 'Ops')
];
const full = scoreAssessment(scoring, people);
const safe = anonymise(full);
const s1 = (r: typeof full) => r.lenses[0]?.items[0]?.statements[0];

describe('anonymise', () => {
	it('keeps the group figures, which no one can trace to a person', () => {
		expect(MIN_GROUP).toBe(3);
		expect(safe.index).toBe(full.index);
		expect(safe.respondents).toBe(4);
		expect(s1(safe)?.distribution).toEqual([3, 0, 0, 0, 1]);
	});

	it('drops every per-person summary', () => {
		expect(full.individuals).toHaveLength(4);
		expect(safe.individuals).toEqual([]);
	});

	it('hides a role layer of fewer than three people everywhere', () => {
		// Without anonymity the lone executive's answers are readable from the role breakdown.
		expect(full.byRole.executive.respondents).toBe(1);
		expect(s1(full)?.byRole.executive.mean).toBe(4);
		expect(safe.suppressed.roles).toContain('executive');
		expect(safe.byRole.executive.index).toBeNull();
		expect(safe.byRole.executive.respondents).toBe(0);
		expect(s1(safe)?.byRole.executive.mean).toBeNull();
		expect(s1(safe)?.byRole.executive.distribution).toEqual([0, 0, 0, 0, 0]);
		// The specialists (3) stay visible.
		expect(s1(safe)?.byRole.specialist.mean).toBe(0);
		expect(safe.byRole.specialist.respondents).toBe(3);
	});

	it('recomputes role gaps and disagreement without the hidden layer', () => {
		// s1: executive 4 vs specialists 0 → gap 4 → disagreement 1 before anonymising.
		expect(s1(full)?.roleGap).toEqual({ gap: 4, high: 'executive', low: 'specialist' });
		expect(s1(full)?.disagreement).toBe(1);
		// Afterwards only one layer is visible: no gap; disagreement falls back to sd / 2.
		expect(s1(safe)?.roleGap).toBeNull();
		expect(s1(safe)?.disagreement).toBeCloseTo((s1(full)?.sd ?? 0) / 2, 10);
		expect(safe.lenses[0]?.items[0]?.roleGap).toBeNull();
		const entry = safe.discussion.find((d) => d.statement === 's1');
		expect(entry?.roleGap).toBeNull();
		expect(entry?.disagreement).toBe(s1(safe)?.disagreement);
	});

	it('keeps the discussion list sorted by the recomputed disagreement', () => {
		const values = safe.discussion.map((d) => d.disagreement);
		expect([...values].sort((a, b) => b - a)).toEqual(values);
	});

	it('drops departments of fewer than three people', () => {
		expect(Object.keys(full.byDepartment).sort()).toEqual(['Ops', 'Sales']);
		expect(Object.keys(safe.byDepartment)).toEqual(['Ops']);
		expect(Object.keys(s1(safe)?.byDepartment ?? {})).toEqual(['Ops']);
		expect(safe.suppressed.departments).toBe(1);
	});
});
