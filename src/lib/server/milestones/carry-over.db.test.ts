// Re-assessing a version 1 assessment on version 2: a member's answers to statements asked in
// the same words carry over, new and reworded ones start empty, and the change is reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementKey } from '$lib/scoring';
import { pinnedContent } from '$lib/server/assessments/content';
import { respondentsForScoring } from '$lib/server/assessments/responses';
import type { Database } from '$lib/server/db/connect';
import { contentHash } from '$lib/server/questionnaires/hash';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { versionChanges } from './carry-over';
import { freeze, reassess } from './service';
import { answerAll, assessment, client, user } from './test-factories';

let database: Database;
let owner: string;
let orgId: string;

beforeAll(async () => {
	database = await testDatabase();
	owner = await user(database.db, 'owner');
	orgId = await client(database.db, owner, 'Client');
});
afterAll(() => database.close());

/** Re-pins a fresh assessment to the stored version 1, as if it had been created back then. */
async function pinV1(assessmentId: string) {
	const v1 = loadQuestionnaires('questionnaires/v1');
	const rows = [...v1.byId.values()].map((content) => ({
		hash: contentHash(content),
		questionnaire_id: content.id,
		version: content.version,
		kind: content.kind,
		content: JSON.stringify(content)
	}));
	await database.db
		.insertInto('questionnaire_versions')
		.values(rows)
		.onConflict((oc) => oc.column('hash').doNothing())
		.execute();
	for (const [id, hash] of Object.entries(v1.hashes)) {
		if (id === v1.model.id)
			await database.db
				.updateTable('assessments')
				.set({ model_hash: hash })
				.where('id', '=', assessmentId)
				.execute();
		else
			await database.db
				.updateTable('assessment_questionnaires')
				.set({ hash })
				.where('assessment_id', '=', assessmentId)
				.where('questionnaire_id', '=', id)
				.execute();
	}
}

describe(`carry-over from a version 1 milestone (${testEngine()})`, () => {
	it('keeps a member’s answers to unchanged statements and reports the new and changed ones', async () => {
		const a = await assessment(database.db, orgId, owner, {
			lenses: ['failure-risks', 'building-blocks']
		});
		await pinV1(a.id);
		expect((await pinnedContent(database.db, a.id)).lenses.map((l) => l.version)).toEqual([1, 1]);
		const respondent = await answerAll(database.db, a.id, 3, 'middle_manager');
		await database.db
			.updateTable('respondents')
			.set({ user_id: owner, department: 'sales' })
			.where('id', '=', respondent)
			.execute();
		const milestone = await freeze(database.db, {
			organisationId: orgId,
			assessment: a,
			label: 'v1',
			userId: owner
		});
		if (!milestone.ok) throw new Error(milestone.error);

		const outcome = await reassess(database.db, {
			organisationId: orgId,
			assessment: a,
			milestoneId: milestone.id,
			title: 'On v2',
			userId: owner
		});
		if (!outcome.ok) throw new Error(outcome.error);
		const pinned = await pinnedContent(database.db, outcome.id);
		expect(pinned.lenses.map((l) => l.version)).toEqual([2, 2]);

		const diff = await versionChanges(database.db, a.id, outcome.id);
		if (!diff) throw new Error('expected a version change');
		const changes = (change: string) =>
			[...diff.statements].filter(([, c]) => c === change).map(([k]) => k);
		expect(changes('new')).toEqual(
			expect.arrayContaining([
				statementKey('scope-creep', 'scope-deployment'),
				statementKey('user-adoption', 'change-readiness'),
				statementKey('information', 'data-gaps')
			])
		);
		// data-inventory keeps its id but asks one thing now: reworded, so not carried over.
		expect(changes('changed')).toContain(statementKey('information', 'data-inventory'));
		expect(diff.removed).toContain(statementKey('scope-creep', 'technical-scope'));

		const [carried, ...others] = await respondentsForScoring(database.db, outcome.id);
		expect(others).toEqual([]);
		expect(carried).toMatchObject({ role: 'middle_manager', department: 'sales' });
		const same = changes('same');
		expect(same.length).toBeGreaterThan(20);
		expect(Object.keys(carried?.answers ?? {}).sort()).toEqual([...same].sort());
		expect(new Set(Object.values(carried?.answers ?? {}))).toEqual(new Set([3]));
	});

	it('copies nothing when the versions are the same, or from a workshop', async () => {
		const self = await assessment(database.db, orgId, owner);
		const r = await answerAll(database.db, self.id, 2);
		await database.db
			.updateTable('respondents')
			.set({ user_id: owner })
			.where('id', '=', r)
			.execute();
		const m = await freeze(database.db, {
			organisationId: orgId,
			assessment: self,
			label: 'same',
			userId: owner
		});
		if (!m.ok) throw new Error(m.error);
		const again = await reassess(database.db, {
			organisationId: orgId,
			assessment: self,
			milestoneId: m.id,
			title: 'Same version',
			userId: owner
		});
		if (!again.ok) throw new Error(again.error);
		expect(await versionChanges(database.db, self.id, again.id)).toBeNull();
		expect(await respondentsForScoring(database.db, again.id)).toEqual([]);

		const workshop = await assessment(database.db, orgId, owner, { mode: 'workshop' });
		await pinV1(workshop.id);
		await answerAll(database.db, workshop.id, 2);
		const wm = await freeze(database.db, {
			organisationId: orgId,
			assessment: workshop,
			label: 'workshop',
			userId: owner
		});
		if (!wm.ok) throw new Error(wm.error);
		const next = await reassess(database.db, {
			organisationId: orgId,
			assessment: workshop,
			milestoneId: wm.id,
			title: 'Workshop again',
			userId: owner
		});
		if (!next.ok) throw new Error(next.error);
		expect(await versionChanges(database.db, workshop.id, next.id)).not.toBeNull();
		expect(await respondentsForScoring(database.db, next.id)).toEqual([]);
	});
});
