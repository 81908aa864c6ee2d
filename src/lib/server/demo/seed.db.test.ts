import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { score } from '$lib/server/results/service';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import {
	DEMO_ORGANISATION,
	DEMO_ORGANISATION_FA,
	DEMO_PEERS,
	DEMO_PEERS_FA,
	seedDemo,
	type DemoIds
} from './seed';

let database: Database;
let ids: DemoIds;
beforeAll(async () => {
	database = await testDatabase();
	ids = await seedDemo(database.db);
}, 120_000);
afterAll(() => database.close());

describe(`the demo (${testEngine()})`, () => {
	it('holds a completed 25-person workshop started from an earlier milestone', async () => {
		const a = await database.db
			.selectFrom('assessments')
			.select(['status', 'mode', 'parent_milestone_id', 'organisation_id'])
			.where('id', '=', ids.assessmentId)
			.executeTakeFirstOrThrow();
		expect(a).toMatchObject({
			status: 'closed',
			mode: 'workshop',
			organisation_id: ids.organisationId
		});
		const parent = await database.db
			.selectFrom('milestones')
			.select(['assessment_id', 'label'])
			.where('id', '=', a.parent_milestone_id as string)
			.executeTakeFirstOrThrow();
		expect(parent).toEqual({ assessment_id: ids.kickoffId, label: 'Kick-off (spring)' });
		const respondents = await database.db
			.selectFrom('respondents')
			.select(['role_layer', 'finished_at'])
			.where('assessment_id', '=', ids.assessmentId)
			.execute();
		expect(respondents).toHaveLength(25);
		expect(new Set(respondents.map((r) => r.role_layer)).size).toBe(5);
		expect(respondents.every((r) => r.finished_at !== null)).toBe(true);
	});

	it('is taken on version 2 of the questionnaires: nine scope statements answered', async () => {
		const pinned = await database.db
			.selectFrom('assessment_questionnaires as aq')
			.innerJoin('questionnaire_versions as v', 'v.hash', 'aq.hash')
			.select(['aq.questionnaire_id', 'v.version'])
			.where('aq.assessment_id', '=', ids.assessmentId)
			.execute();
		expect(pinned.length).toBeGreaterThan(0);
		expect(pinned.every((p) => p.version === 2)).toBe(true);
		const scope = await database.db
			.selectFrom('answers')
			.select('statement_id')
			.distinct()
			.where('assessment_id', '=', ids.assessmentId)
			.where('item_id', '=', 'scope-creep')
			.execute();
		expect(scope.map((s) => s.statement_id).sort()).toHaveLength(9);
	});

	it('produces plausible, varied results: a middling index, blockers, disagreement by role', async () => {
		const { result } = await score(database.db, { id: ids.assessmentId, anonymous: false });
		expect(result.respondents).toBe(25);
		expect(result.index).toBeGreaterThan(30);
		expect(result.index).toBeLessThan(70);
		expect(result.confidence).toBeGreaterThan(0.8);
		expect(result.confidence).toBeLessThan(1);
		expect(result.risks.map((r) => r.level)).toContain('high');
		const top = result.discussion[0];
		expect(top?.disagreement).toBeGreaterThan(0.3);
		// Executives see the strategy rosier than specialists do.
		expect(result.byRole.executive.index ?? 0).toBeGreaterThan(
			result.byRole.specialist.index ?? 100
		);
		// The later workshop reads better than the kick-off.
		const kickoff = await score(database.db, { id: ids.kickoffId, anonymous: false });
		expect(result.index ?? 0).toBeGreaterThan(kickoff.result.index ?? 100);
	});

	it('gives the consultant three peers for the portfolio benchmark, and can be run again', async () => {
		const orgs = await database.db.selectFrom('organisations').select('name').execute();
		expect(orgs.map((o) => o.name).sort()).toEqual([DEMO_ORGANISATION, ...DEMO_PEERS].sort());
		const again = await seedDemo(database.db);
		const after = await database.db.selectFrom('organisations').select('name').execute();
		expect(after).toHaveLength(4);
		expect(again.organisationId).not.toBe(ids.organisationId);
	});

	it('fills the register: customers with a long-tailed value curve, history and satisfaction', async () => {
		const { db } = database;
		// The demo may have been seeded again by an earlier test: find it by name.
		const org = await db
			.selectFrom('organisations')
			.select('id')
			.where('name', '=', DEMO_ORGANISATION)
			.executeTakeFirstOrThrow();
		const customers = await db
			.selectFrom('customers')
			.select(['name', 'annual_value', 'satisfaction'])
			.where('organisation_id', '=', org.id)
			.execute();
		expect(customers.length).toBe(61);
		expect(customers.some((c) => c.name === 'Caspian Foods Co.')).toBe(true);
		const values = customers.map((c) => Number(c.annual_value ?? 0)).sort((a, b) => b - a);
		const total = values.reduce((a, b) => a + b, 0);
		const top = values.slice(0, Math.ceil(values.length / 5)).reduce((a, b) => a + b, 0);
		expect(top / total).toBeGreaterThan(0.6);
		expect(customers.filter((c) => c.satisfaction !== null).length).toBeGreaterThan(15);
		const interactions = await db
			.selectFrom('customer_interactions')
			.select((eb) => eb.fn.countAll().as('n'))
			.where('organisation_id', '=', org.id)
			.executeTakeFirstOrThrow();
		expect(Number(interactions.n)).toBeGreaterThan(40);
	});

	it('seeds a Persian demo into a newcomer’s own account, Persian from names to comments', async () => {
		const { db } = database;
		const user = await db
			.insertInto('users')
			.values({
				email: 'newcomer@example.com',
				name: 'تازه‌وارد',
				password_hash: 'x',
				locale: 'fa'
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const fa = await seedDemo(db, { lang: 'fa', userId: user.id });
		const latin = /[A-Za-z]/;
		const orgs = await db
			.selectFrom('memberships')
			.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
			.select(['organisations.name', 'organisations.locale', 'memberships.role'])
			.where('memberships.user_id', '=', user.id)
			.execute();
		expect(orgs.map((o) => o.name).sort()).toEqual([DEMO_ORGANISATION_FA, ...DEMO_PEERS_FA].sort());
		expect(orgs.every((o) => o.role === 'owner')).toBe(true);
		const assessments = await db
			.selectFrom('assessments')
			.select(['title', 'locale'])
			.where('organisation_id', '=', fa.organisationId)
			.execute();
		expect(assessments.map((a) => a.title).sort()).toEqual(
			['آمادگی پس از نود روز نخست', 'کارگاه آمادگی آغاز پروژه'].sort()
		);
		expect(assessments.every((a) => a.locale === 'fa')).toBe(true);
		const labels = await db
			.selectFrom('milestones')
			.select('label')
			.where('organisation_id', '=', fa.organisationId)
			.execute();
		expect(labels.map((l) => l.label).sort()).toEqual(
			['آغاز کار (بهار)', 'پس از نود روز (پاییز)'].sort()
		);
		const people = await db
			.selectFrom('respondents')
			.select(['name', 'department'])
			.where('assessment_id', '=', fa.assessmentId)
			.execute();
		expect(people).toHaveLength(25);
		expect(people.filter((p) => latin.test(`${p.name}${p.department}`))).toEqual([]);
		const comments = await db
			.selectFrom('answer_comments')
			.select('body')
			.where('assessment_id', '=', fa.assessmentId)
			.execute();
		expect(comments.length).toBeGreaterThan(0);
		expect(comments.filter((c) => latin.test(c.body))).toEqual([]);
		const customers = await db
			.selectFrom('customers')
			.select('name')
			.where('organisation_id', '=', fa.organisationId)
			.execute();
		expect(customers).toHaveLength(61);
		expect(customers.filter((c) => latin.test(c.name))).toEqual([]);
		// The English demo account's organisations are untouched.
		const english = await db
			.selectFrom('organisations')
			.select('name')
			.where('name', '=', DEMO_ORGANISATION)
			.execute();
		expect(english).toHaveLength(1);
	});
});
