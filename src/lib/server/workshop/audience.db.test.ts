// Issue 15 §4–5 in storage: the assessment's stage is stored when it is created and when the
// owner changes it, each participant's role layer is stored when they join, and from those the
// live view, the wizard's content and the results put each statement to the right people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedWizard } from '$lib/assessments/wizard-content';
import { setStage } from '$lib/server/assessments/repository';
import { createSchema, stageSchema } from '$lib/server/assessments/schema';
import type { Database } from '$lib/server/db/connect';
import { MemoryBus } from '$lib/server/events/memory';
import * as results from '$lib/server/results/service';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { Announcer } from './announce';
import { readLive } from './live-data';
import { saveAsParticipant } from './service';
import { joinAs, workshopFixture } from './test-support';

let database: Database;
const announcer = new Announcer(new MemoryBus());

beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

const stageOf = async (id: string) =>
	(
		await database.db
			.selectFrom('assessments')
			.select('stage')
			.where('id', '=', id)
			.executeTakeFirstOrThrow()
	).stage;

describe(`role layers and stage (${testEngine()})`, () => {
	it('stores the stage given at creation, changes it, and refuses one that does not exist', async () => {
		const w = await workshopFixture(database.db, { stage: 'choosing' });
		expect(await stageOf(w.id)).toBe('choosing');
		await setStage(database.db, w.orgId, w.id, 'live');
		expect(await stageOf(w.id)).toBe('live');
		expect(stageSchema.safeParse({ stage: 'someday' }).error?.issues[0]?.message).toBe(
			'assessment.errors.stage'
		);
		const base = { title: 'T', mode: 'self', lenses: 'building-blocks', locale: 'en' };
		expect(createSchema.parse(base).stage).toBeNull();
		expect(createSchema.parse({ ...base, stage: 'no_crm' }).stage).toBe('no_crm');
		await expect(
			database.db
				.updateTable('assessments')
				.set({ stage: 'someday' })
				.where('id', '=', w.id)
				.execute()
		).rejects.toThrow();
		expect(await stageOf(w.id)).toBe('live');
		const older = await workshopFixture(database.db);
		expect(await stageOf(older.id)).toBeNull();
	});

	it('stores each participant’s layer and puts them the common statements plus their own', async () => {
		const w = await workshopFixture(database.db, { stage: 'no_crm' });
		const middle = await joinAs(database.db, w.code, 'middle_manager');
		const front = await joinAs(database.db, w.code, 'specialist');
		const roles = await database.db
			.selectFrom('respondents')
			.select('role_layer')
			.where('assessment_id', '=', w.id)
			.orderBy('role_layer')
			.execute();
		expect(roles.map((r) => r.role_layer)).toEqual(['middle_manager', 'specialist']);
		expect(middle.visit.session.respondent_role).toBe('middle_manager');
		expect(middle.visit.session.stage).toBe('no_crm');

		const keys = (audience: 'middle_manager' | 'specialist') =>
			askedWizard(w.content.lenses, audience, 'no_crm', 'en').flatMap((l) =>
				l.items.flatMap((i) => i.statements.map((s) => `${i.id}/${s.id}`))
			);
		expect(keys('middle_manager')).toContain('information/data-inventory');
		expect(keys('middle_manager')).not.toContain('information/timely-access');
		expect(keys('specialist')).toContain('information/timely-access');
		expect(keys('specialist')).not.toContain('metrics/infrastructure-metrics');

		const answer = (item: string, statement: string, level: number, seq: number) => ({
			item,
			statement,
			answer: level,
			seq
		});
		// An answer to a front-line statement from the middle manager is refused, with the batch.
		const stray = await saveAsParticipant(database.db, announcer, middle.visit, {
			answers: [
				answer('information', 'data-quality', 3, 1),
				answer('information', 'timely-access', 0, 2)
			],
			comments: []
		});
		expect(stray).toEqual({ ok: false, status: 422, error: 'respond.errors.not_asked' });
		const notAtStage = await saveAsParticipant(database.db, announcer, front.visit, {
			answers: [answer('metrics', 'infrastructure-metrics', 2, 1)],
			comments: []
		});
		expect(notAtStage).toMatchObject({ ok: false, error: 'respond.errors.not_asked' });
		const stored = await database.db
			.selectFrom('answers')
			.select('statement_id')
			.where('assessment_id', '=', w.id)
			.execute();
		expect(stored).toEqual([]);
		await saveAsParticipant(database.db, announcer, middle.visit, {
			answers: [
				answer('information', 'data-quality', 3, 3),
				answer('information', 'data-inventory', 2, 4)
			],
			comments: []
		});
		await saveAsParticipant(database.db, announcer, front.visit, {
			answers: [
				answer('information', 'data-quality', 1, 1),
				answer('information', 'timely-access', 4, 2)
			],
			comments: []
		});

		const live = await readLive(database.db, w.id, true);
		const row = (key: string) => live?.snapshot?.statements.find((s) => s.key === key);
		expect(row('information/data-quality')).toMatchObject({ asked: 2, answered: 2, mean: 2 });
		expect(row('information/data-inventory')).toMatchObject({ asked: 1, answered: 1, mean: 2 });
		expect(row('information/timely-access')).toMatchObject({ asked: 1, answered: 1, mean: 4 });
		expect(row('metrics/infrastructure-metrics')).toMatchObject({ asked: 0, answered: 0 });

		const view = await results.view(
			database.db,
			{ id: w.id, anonymous: false, organisation_id: w.orgId },
			'en'
		);
		expect(view.stage).toBe('no_crm');
		const statements = view.lenses.flatMap((l) =>
			l.items.flatMap((i) => i.statements.map((s) => [`${i.id}/${s.id}`, s] as const))
		);
		const st = (key: string) => statements.find(([k]) => k === key)?.[1];
		expect(st('information/timely-access')).toMatchObject({ asked: 1, known: 1, mean: 4 });
		expect(st('information/data-quality')).toMatchObject({ asked: 2, known: 2 });
		// Not asked is not "don't know": the information item has no information gap.
		expect(view.lenses.flatMap((l) => l.items).find((i) => i.id === 'information')).toMatchObject({
			dontKnow: 0,
			confidence: 1
		});
	});
});
