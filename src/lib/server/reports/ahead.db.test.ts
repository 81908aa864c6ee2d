// Render-ahead: the roadmap rendered after an edit is the one the next download is served,
// without a render of its own; a burst of edits renders once more, not once per edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { answerAll, seedAssessment, seedOrganisation } from '$lib/server/plans/test-support';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import {
	aheadStats,
	editedRoadmap,
	renderAhead,
	renderAheadAfterEdit,
	readLatestAhead,
	roadmapAsked
} from './ahead';
import { roadmapPdf } from './pdf';
import { clearRendered, renderedStats } from './rendered';
import { stopRoadmapRenderer } from './renderer';

let database: Database;
let org: Awaited<ReturnType<typeof seedOrganisation>>;

beforeAll(async () => {
	database = await testDatabase();
	org = await seedOrganisation(database.db, 'Ahead Ltd');
});
afterAll(async () => {
	await stopRoadmapRenderer();
	await database.close();
});

/** An assessment everyone answered at `level`, and its reference. */
async function answered(title: string, level: 1 | 2 | 3) {
	const assessment = await seedAssessment(database.db, org, { title });
	await answerAll(database.db, assessment.id, level);
	return { assessment, ref: { orgId: org.orgId, assessmentId: assessment.id } };
}

describe(`rendering roadmaps ahead (${testEngine()})`, () => {
	it('serves the next download of the roadmap rendered ahead without rendering it again', async () => {
		const { ref } = await answered('Readiness 2027', 2);
		clearRendered();
		const before = renderedStats().renders;
		await renderAhead(database.db, ref, 'en', { settleMs: 0 });
		expect(renderedStats().renders - before).toBe(1);
		const download = await roadmapPdf(database.db, ref, 'en');
		expect(download.ok && download.pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(renderedStats().renders - before).toBe(1);
		// Another language was not rendered ahead: it renders for itself.
		await roadmapPdf(database.db, ref, 'fa');
		expect(renderedStats().renders - before).toBe(2);
	}, 60_000);

	it('renders a burst of edits once more after the one under way, not once per edit', async () => {
		const { ref } = await answered('Burst', 3);
		clearRendered();
		const before = aheadStats().done;
		const first = renderAhead(database.db, ref, 'fa', { settleMs: 20 });
		for (let i = 0; i < 5; i++) void renderAhead(database.db, ref, 'fa', { settleMs: 20 });
		expect(aheadStats().running).toBe(1);
		await first;
		expect(aheadStats()).toEqual({ done: before + 2, running: 0 });
	}, 60_000);

	it("after an edit, renders in the editor's language and the assessment's", async () => {
		const { assessment, ref } = await answered('Two languages', 2);
		await database.db
			.updateTable('assessments')
			.set({ locale: 'fa' })
			.where('id', '=', assessment.id)
			.execute();
		clearRendered();
		const before = renderedStats().renders;
		await renderAheadAfterEdit(database.db, ref, 'en');
		expect(renderedStats().renders - before).toBe(2);
		await roadmapPdf(database.db, ref, 'en');
		await roadmapPdf(database.db, ref, 'fa');
		expect(renderedStats().renders - before).toBe(2);
		// Another organisation's id with this assessment: nothing.
		await renderAheadAfterEdit(database.db, { ...ref, orgId: assessment.id }, 'en');
		expect(renderedStats().renders - before).toBe(2);
	}, 60_000);

	it('renders nothing for an assessment that is not there', async () => {
		const before = renderedStats().renders;
		const ref = { orgId: org.orgId, assessmentId: '00000000-0000-4000-8000-000000000000' };
		await renderAhead(database.db, ref, 'en', { settleMs: 0 });
		expect(renderedStats().renders).toBe(before);
	});

	it('after a start, reads the latest roadmap once and renders nothing', async () => {
		const before = renderedStats().renders;
		expect(await readLatestAhead(database.db)).toBe(true);
		expect(renderedStats().renders).toBe(before);
	});

	it('leaves a roadmap whose download started after the edit to that download', async () => {
		const { assessment, ref } = await answered('Asked for', 2);
		clearRendered();
		const before = { ...renderedStats(), ...aheadStats() };
		const ahead = renderAhead(database.db, ref, 'en', { settleMs: 50 });
		roadmapAsked(ref);
		await ahead;
		expect(renderedStats().renders).toBe(before.renders);
		expect(aheadStats().done).toBe(before.done);
		// Nor in the editor's language, asked for after the assessment's: same edit, same download.
		await database.db
			.updateTable('assessments')
			.set({ locale: 'fa' })
			.where('id', '=', assessment.id)
			.execute();
		const both = renderAheadAfterEdit(database.db, ref, 'en');
		roadmapAsked(ref);
		await both;
		expect(renderedStats().renders).toBe(before.renders);
	}, 60_000);
});

describe('which form posts render a roadmap ahead', () => {
	const o = '11111111-1111-4111-8111-111111111111';
	const a = '22222222-2222-4222-8222-222222222222';
	const member = [{ id: o }];
	it('a member’s successful post to the assessment, its plan, results or milestones', () => {
		for (const page of ['', '/plan', '/results', '/milestones', '/plan/']) {
			const path = `/orgs/${o}/assessments/${a}${page}`;
			expect(editedRoadmap('POST', path, 200, member)).toEqual({ orgId: o, assessmentId: a });
			expect(editedRoadmap('POST', path, 303, member)).not.toBeNull();
		}
	});
	it('not a read, a refused post, a stranger, a signed-out visitor, nor the live workshop or answers', () => {
		const plan = `/orgs/${o}/assessments/${a}/plan`;
		expect(editedRoadmap('GET', plan, 200, member)).toBeNull();
		expect(editedRoadmap('POST', plan, 400, member)).toBeNull();
		expect(editedRoadmap('POST', plan, 404, member)).toBeNull();
		expect(editedRoadmap('POST', plan, 200, [{ id: a }])).toBeNull();
		expect(editedRoadmap('POST', plan, 200, null)).toBeNull();
		expect(editedRoadmap('POST', `/orgs/${o}/assessments/${a}/live`, 200, member)).toBeNull();
		expect(editedRoadmap('POST', `/orgs/${o}/assessments/${a}/respond`, 200, member)).toBeNull();
		expect(editedRoadmap('POST', `/orgs/${o}/assessments/${a}/plan/x`, 200, member)).toBeNull();
		expect(editedRoadmap('POST', `/orgs/${o}/register`, 200, member)).toBeNull();
	});
});
