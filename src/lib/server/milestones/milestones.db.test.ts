import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreAssessment } from '$lib/scoring';
import { pinnedContent } from '$lib/server/assessments/content';
import { findInOrganisation } from '$lib/server/assessments/repository';
import { respondentsForScoring } from '$lib/server/assessments/responses';
import type { Database } from '$lib/server/db/connect';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import * as milestones from './repository';
import { freeze, reassess } from './service';
import { readSummary } from '$lib/milestones/summary';
import { answerAll, assessment, client, user } from './test-factories';
import { trendView } from '$lib/milestones/trend-view';

let database: Database;
let owner: string;
let orgId: string;

beforeAll(async () => {
	database = await testDatabase();
	owner = await user(database.db, 'owner');
	orgId = await client(database.db, owner, 'Client');
});
afterAll(() => database.close());

const freezeAs = (a: { id: string; anonymous: boolean }, label: string, org = orgId) =>
	freeze(database.db, { organisationId: org, assessment: a, label, userId: owner });

async function frozen(a: { id: string; anonymous: boolean }, label: string) {
	const outcome = await freezeAs(a, label);
	if (!outcome.ok) throw new Error(outcome.error);
	return outcome.id;
}

describe(`milestones (${testEngine()})`, () => {
	it('refuses to freeze an assessment nobody has answered, and stores nothing', async () => {
		const a = await assessment(database.db, orgId, owner);
		expect(await freezeAs(a, 'Empty')).toEqual({
			ok: false,
			status: 400,
			error: 'results.milestones.errors.no_answers'
		});
		expect(await milestones.listForAssessment(database.db, orgId, a.id)).toEqual([]);
	});

	it('stores the index, band and the scores the scoring engine gives', async () => {
		const a = await assessment(database.db, orgId, owner, {
			lenses: ['failure-risks', 'building-blocks']
		});
		await answerAll(database.db, a.id, 2, 'executive');
		await answerAll(database.db, a.id, 4, 'specialist');
		const id = await frozen(a, 'Baseline');

		const [row] = await milestones.listForAssessment(database.db, orgId, a.id);
		// Every statement at levels 2 and 4: mean level 3 → 75 everywhere; 75 is "ready".
		expect(row).toMatchObject({ id, label: 'Baseline', respondents: 2, readiness_index: 75 });
		expect(row?.band).toBe('ready');
		const summary = readSummary(row?.summary);
		expect(summary.lenses).toEqual({ 'failure-risks': 75, 'building-blocks': 75 });
		expect(Object.values(summary.items).every((v) => v === 75)).toBe(true);

		const content = await pinnedContent(database.db, a.id);
		const result = scoreAssessment(content.scoring, await respondentsForScoring(database.db, a.id));
		expect(summary.items).toEqual(
			Object.fromEntries(result.lenses.flatMap((l) => l.items.map((i) => [i.id, i.score])))
		);
		expect(summary.risks).toEqual(Object.fromEntries(result.risks.map((r) => [r.item, r.level])));
		expect(Object.keys(summary.risks)).toHaveLength(5);
		expect(summary.blockers).toEqual([]);
		expect(summary.hashes).toEqual(content.hashes);
	});

	it('starts a re-assessment from a milestone: same setup, current versions, no answers', async () => {
		const a = await assessment(database.db, orgId, owner, {
			lenses: ['building-blocks'],
			mode: 'workshop',
			anonymous: true
		});
		await answerAll(database.db, a.id, 1);
		const milestone = await frozen(a, 'Before');
		const outcome = await reassess(database.db, {
			organisationId: orgId,
			assessment: a,
			milestoneId: milestone,
			title: 'Again',
			userId: owner
		});
		if (!outcome.ok) throw new Error(outcome.error);
		const b = await findInOrganisation(database.db, orgId, outcome.id);
		expect(b).toMatchObject({
			title: 'Again',
			mode: 'workshop',
			anonymous: true,
			locale: 'fa',
			status: 'open',
			parent_milestone_id: milestone
		});
		const pinned = await pinnedContent(database.db, outcome.id);
		expect(pinned.lenses.map((l) => l.id)).toEqual(['building-blocks']);
		expect(pinned.hashes['building-blocks']).toBe(loadQuestionnaires().hashes['building-blocks']);
		expect(await respondentsForScoring(database.db, outcome.id)).toEqual([]);
		const [listed] = await milestones.listForAssessment(database.db, orgId, a.id);
		expect(listed?.reassessments).toEqual([{ id: outcome.id, title: 'Again' }]);
	});

	it('re-assesses only from a milestone of this assessment in this organisation', async () => {
		const a = await assessment(database.db, orgId, owner);
		const other = await assessment(database.db, orgId, owner);
		await answerAll(database.db, other.id, 2);
		const foreign = await frozen(other, 'Not yours');
		const outcome = await reassess(database.db, {
			organisationId: orgId,
			assessment: a,
			milestoneId: foreign,
			title: 'Nope',
			userId: owner
		});
		expect(outcome).toEqual({ ok: false, status: 404, error: 'errors.not_found' });
	});

	it('follows the lineage through parent milestones and draws each score’s trend', async () => {
		const step = async (a: { id: string; anonymous: boolean }, level: 1 | 3 | 4, label: string) => {
			await answerAll(database.db, a.id, level);
			const milestone = await frozen(a, label);
			const next = await reassess(database.db, {
				organisationId: orgId,
				assessment: { ...a, mode: 'self', locale: 'en' },
				milestoneId: milestone,
				title: `${label} →`,
				userId: owner
			});
			if (!next.ok) throw new Error(next.error);
			const row = await findInOrganisation(database.db, orgId, next.id);
			if (!row) throw new Error('missing');
			return row;
		};
		const first = await assessment(database.db, orgId, owner);
		const second = await step(first, 1, 'Baseline');
		const third = await step(second, 3, 'Half-way');
		await answerAll(database.db, third.id, 4);
		await frozen(third, 'Done');
		// Unrelated milestones: another assessment of the client, and another client's.
		const unrelated = await assessment(database.db, orgId, owner);
		await answerAll(database.db, unrelated.id, 0);
		await frozen(unrelated, 'Elsewhere');
		const otherOrg = await client(database.db, owner, 'Other client');
		const theirs = await assessment(database.db, otherOrg, owner);
		await answerAll(database.db, theirs.id, 0);
		await freezeAs(theirs, 'Theirs', otherOrg);

		for (const from of [first, second, third]) {
			const lineage = await milestones.lineage(database.db, orgId, from.id);
			expect(lineage.map((m) => m.label)).toEqual(['Baseline', 'Half-way', 'Done']);
		}
		// Another tenant asking about this lineage sees nothing.
		expect(await milestones.lineage(database.db, otherOrg, second.id)).toEqual([]);

		const lineage = await milestones.lineage(database.db, orgId, second.id);
		const content = await pinnedContent(database.db, second.id);
		const trend = trendView(lineage, [content], 'en', 'Index');
		expect(trend.points.map((p) => p.assessment.id)).toEqual([first.id, second.id, third.id]);
		expect(trend.headline).toEqual([
			{ key: 'index', title: 'Index', values: [25, 75, 100], change: 75 },
			{
				key: 'lens:building-blocks',
				title: content.lenses[0]?.title.en,
				values: [25, 75, 100],
				change: 75
			}
		]);
		const vision = trend.items[0]?.rows.find((r) => r.key === 'item:vision');
		expect(vision).toMatchObject({ title: 'Vision', values: [25, 75, 100], change: 75 });
		expect(trend.items[0]?.rows).toHaveLength(8);
	});
});
