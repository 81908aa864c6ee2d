import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '$lib/scoring';
import { item, lens, model, respondent } from '$lib/scoring/test-fixtures';
import {
	anonymise,
	anonymiseExport,
	closedSectionsOnly,
	MIN_GROUP,
	safeGroups,
	safeRoles,
	shownRoleOf,
	type ExportAnswerRow
} from './anonymity';

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
	});

	it('hides the specialists too: the total minus their figures would be the lone executive', () => {
		// s1 overall [3,0,0,0,1] minus specialists [3,0,0,0,0] = the CEO's 4.
		expect(s1(full)?.byRole.specialist.distribution).toEqual([3, 0, 0, 0, 0]);
		expect(safe.suppressed.roles).toContain('specialist');
		expect(s1(safe)?.byRole.specialist.mean).toBeNull();
		expect(safe.byRole.specialist.respondents).toBe(0);
	});

	it('shows a layer of three when the layers left out hold three people together', () => {
		const group = [
			...['x', 'y', 'z'].map((id) => respondent(id, { 'i/s1': 1 }, 'specialist')),
			respondent('e1', { 'i/s1': 4 }, 'executive'),
			respondent('m1', { 'i/s1': 3 }, 'middle_manager'),
			respondent('m2', { 'i/s1': 2 }, 'middle_manager')
		];
		const result = anonymise(scoreAssessment(scoring, group));
		expect(result.suppressed.roles.sort()).toEqual([
			'consultant',
			'executive',
			'middle_manager',
			'other'
		]);
		expect(s1(result)?.byRole.specialist.distribution).toEqual([0, 3, 0, 0, 0]);
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

	it('drops departments of fewer than three people, and Ops with them (4 − Ops = Sales)', () => {
		expect(Object.keys(full.byDepartment).sort()).toEqual(['Ops', 'Sales']);
		expect(Object.keys(safe.byDepartment)).toEqual([]);
		expect(Object.keys(s1(safe)?.byDepartment ?? {})).toEqual([]);
		expect(safe.suppressed.departments).toBe(2);
	});
});

describe('safeGroups (complementary suppression)', () => {
	it('leaves out groups under three, and enough of the smallest others to hide them', () => {
		expect([...safeGroups({ a: 5, b: 3, c: 1 })]).toEqual(['a']);
		expect([...safeGroups({ a: 5, b: 4, c: 3 })].sort()).toEqual(['a', 'b', 'c']);
		expect([...safeGroups({ a: 5, b: 4, c: 2, d: 1 })].sort()).toEqual(['a', 'b']);
		// People in no group count as left out.
		expect([...safeGroups({ a: 5, b: 3 }, 1)]).toEqual(['a']);
		expect([...safeGroups({ a: 3 }, 1)]).toEqual([]);
	});

	it('never lets the total minus the shown groups fall between one and two people', () => {
		for (let seed = 0; seed < 500; seed++) {
			const counts: Record<string, number> = {};
			let rnd = seed * 7919 + 17;
			const next = () => (rnd = (rnd * 1103515245 + 12345) % 2147483648) % 7;
			for (const k of ['a', 'b', 'c', 'd', 'e']) counts[k] = next();
			const unassigned = next() % 3;
			const shown = safeGroups(counts, unassigned);
			const total = Object.values(counts).reduce((t, n) => t + n, 0) + unassigned;
			const rest = total - [...shown].reduce((t, k) => t + (counts[k] ?? 0), 0);
			for (const k of shown) expect(counts[k]).toBeGreaterThanOrEqual(MIN_GROUP);
			expect(
				rest === 0 || rest >= MIN_GROUP || shown.size === 0,
				JSON.stringify({ counts, unassigned })
			).toBe(true);
		}
	});
});

describe('closedSectionsOnly', () => {
	it('leaves out the answers to the sections open to answers', () => {
		const two = model([lens('l1', [item('i', ['s1'])]), lens('l2', [item('j', ['s1'])])]);
		const people = [respondent('a', { 'i/s1': 2, 'j/s1': 3 })];
		expect(closedSectionsOnly(people, two.lenses, ['l2'])[0]?.answers).toEqual({ 'i/s1': 2 });
		expect(closedSectionsOnly(people, two.lenses, [])[0]?.answers).toEqual(people[0]?.answers);
	});
});

describe('anonymiseExport', () => {
	const at = (m: number) => `2026-11-0${m}T10:00:00.000Z`;
	const ids = ['0a', '1b', '2c', '3d', '4e', '5f'];
	const roles = [
		'specialist',
		'specialist',
		'specialist',
		'executive',
		'specialist',
		'middle_manager'
	];
	const respondents = ids.map((id, i) => ({
		id,
		role_layer: roles[i] as string,
		department: i === 3 ? 'Board' : 'Ops',
		name: null,
		position: 'lens/item',
		finished_at: i % 2 ? at(i + 1) : null,
		created_at: at(i + 1),
		updated_at: at(i + 1)
	}));
	// Everyone answers s1; the lone executive answers 4, the others 0–3.
	const levels = [0, 1, 2, 4, 3, null];
	const answers: ExportAnswerRow[] = ids.map((id, i) => ({
		respondent_id: id,
		questionnaire_id: 'q',
		item_id: 'i',
		statement_id: 's1',
		level: levels[i] ?? null,
		client_seq: i + 3,
		updated_at: at(i + 1)
	}));
	const comments = [
		{
			respondent_id: '3d',
			item_id: 'i',
			body: 'The board never asked.',
			client_seq: 1,
			updated_at: at(4)
		},
		{ respondent_id: '0a', item_id: 'i', body: 'Fine.', client_seq: 1, updated_at: at(1) }
	];
	const out = anonymiseExport({ respondents, answers, comments });

	it('drops department, position, individual timestamps and the small layers', () => {
		expect(new Set(out.respondents.map((r) => r.department))).toEqual(new Set([null]));
		expect(new Set(out.respondents.map((r) => r.position))).toEqual(new Set([null]));
		expect(new Set(out.respondents.map((r) => r.created_at)).size).toBe(1);
		expect(new Set(out.respondents.map((r) => r.updated_at)).size).toBe(1);
		expect(new Set(out.answers.map((a) => a.updated_at)).size).toBe(1);
		// Executive (1) and management (1) are pooled as "other" (2 < 3), so a specialist
		// (smallest shown layer… the only one) joins them: no layer is shown.
		expect(new Set(out.respondents.map((r) => r.role_layer))).toEqual(new Set(['other']));
		expect(out.respondents.filter((r) => r.finished_at !== null)).toHaveLength(3);
	});

	it('keeps every statement’s counts, but not who gave which answer', () => {
		const count = (rows: typeof answers) =>
			rows.map((a) => a.level).sort((x, y) => (x ?? 9) - (y ?? 9));
		expect(count(out.answers)).toEqual(count(answers));
		// The executive's 4 is no longer on the executive's row.
		const executivesAnswer = out.answers.find((a) => a.respondent_id === '3d');
		expect(executivesAnswer?.level).not.toBe(4);
		// Answers are dealt in level order over the rows in id order: the row says nothing.
		expect(out.answers.map((a) => [a.respondent_id, a.level])).toEqual([
			['0a', 0],
			['1b', 1],
			['2c', 2],
			['3d', 3],
			['4e', 4],
			['5f', null]
		]);
	});

	it('keeps every comment under its item, on a dealt row', () => {
		expect(out.comments.map((c) => c.body).sort()).toEqual(['Fine.', 'The board never asked.']);
		expect(out.comments.map((c) => c.respondent_id)).toEqual(['0a', '1b']);
	});

	it('keeps a layer of three or more with its own answers', () => {
		const big = anonymiseExport({
			respondents: respondents.map((r) => ({
				...r,
				role_layer: ids.indexOf(r.id) < 3 ? 'consultant' : 'middle_manager'
			})),
			answers,
			comments: []
		});
		expect(new Set(big.respondents.map((r) => r.role_layer))).toEqual(
			new Set(['consultant', 'middle_manager'])
		);
		const staffRows = new Set(
			big.respondents.filter((r) => r.role_layer === 'consultant').map((r) => r.id)
		);
		expect(big.answers.filter((a) => staffRows.has(a.respondent_id)).map((a) => a.level)).toEqual([
			0, 1, 2
		]);
	});
});

describe('the role a comment or count is shown under', () => {
	it('is "other" for a layer the rule leaves out', () => {
		const roles = [
			'executive',
			'specialist',
			'specialist',
			'specialist',
			'middle_manager',
			'middle_manager',
			'middle_manager'
		] as const;
		const shownAs = shownRoleOf(safeRoles([...roles]));
		expect(shownAs('executive')).toBe('other');
		// executive (1) alone would be singled out as "other": the smallest layer joins it.
		expect(
			[shownAs('specialist'), shownAs('middle_manager')].filter((r) => r === 'other')
		).toHaveLength(1);
	});
});
