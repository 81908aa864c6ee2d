import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { writeConsensus, writeTargets } from '$lib/server/assessments/decisions';
import { seedDemo, type DemoIds } from '$lib/server/demo/seed';
import { openPlan } from '$lib/server/plans/service';
import { addInteraction, addSatisfaction } from '$lib/server/register/entries';
import { create as createCustomer } from '$lib/server/register/service';
import { input, seedOrganisation } from '$lib/server/register/test-fixtures';
import { score } from '$lib/server/results/service';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { digest, exportOrganisation } from './export';
import type { ExportDocument } from './format';
import { importOrganisation } from './import';

let source: Database;
let target: Database;
let ids: DemoIds;
let file: string;

/** The document with identifiers numbered in order of appearance and the export time dropped. */
function comparable(doc: ExportDocument): string {
	const { exported_at: _e, integrity: _i, ...rest } = doc;
	const seen = new Map<string, string>();
	return JSON.stringify(rest).replace(
		/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
		(id) => seen.get(id) ?? (seen.set(id, `#${seen.size + 1}`), `#${seen.size}`)
	);
}

async function importer(db: Database['db']) {
	const { userId } = await seedOrganisation(db, 'Importer');
	return userId;
}

beforeAll(async () => {
	[source, target] = await Promise.all([testDatabase(), testDatabase()]);
	ids = await seedDemo(source.db);
	const orgId = ids.organisationId;
	// The demo has no plan edits or register: add both, so the round trip carries them.
	const { plan } = await openPlan(source.db, {
		orgId,
		assessment: { id: ids.assessmentId, anonymous: false }
	});
	const first = await source.db
		.selectFrom('plan_actions')
		.select('id')
		.where('plan_id', '=', plan.id)
		.orderBy('position')
		.limit(1)
		.executeTakeFirstOrThrow();
	await source.db
		.updateTable('plan_actions')
		.set({ text: 'هماهنگی با مدیران فروش', owner_name: 'Sara', due: '2027-02-01', version: 2 })
		.where('id', '=', first.id)
		.execute();
	await source.db
		.updateTable('plans')
		.set({ edited_at: sql`now()` })
		.where('id', '=', plan.id)
		.execute();
	const created = await createCustomer(
		source.db,
		orgId,
		input({ name: 'شرکت کیمیا', email: 'hello@kimia.example', tier: 'Gold', tags: 'B2B, تهران' }),
		ids.userId
	);
	if (!created.ok) throw new Error('customer');
	await addInteraction(source.db, orgId, created.id, ids.userId, {
		occurred_on: '2026-10-01',
		channel: 'phone',
		summary: 'تماس پیگیری'
	});
	await addSatisfaction(source.db, orgId, created.id, ids.userId, {
		measured_on: '2026-10-02',
		expectation: 3,
		performance: 5,
		note: null
	});
	// Decisions beside the answers travel too: a target, an agreement, a "not applicable".
	const answered = await source.db
		.selectFrom('answers')
		.select(['respondent_id', 'item_id', 'statement_id'])
		.where('assessment_id', '=', ids.assessmentId)
		.orderBy('respondent_id')
		.orderBy('item_id')
		.orderBy('statement_id')
		.limit(1)
		.executeTakeFirstOrThrow();
	await source.db
		.updateTable('answers')
		.set({ level: null, na_reason: 'decided-elsewhere', na_note: 'گروه مادر تصمیم می‌گیرد' })
		.where('respondent_id', '=', answered.respondent_id)
		.where('item_id', '=', answered.item_id)
		.where('statement_id', '=', answered.statement_id)
		.execute();
	await writeTargets(
		source.db,
		orgId,
		ids.assessmentId,
		[{ item: answered.item_id, level: 4 }],
		ids.userId
	);
	await writeConsensus(source.db, {
		orgId,
		assessmentId: ids.assessmentId,
		item: answered.item_id,
		statement: answered.statement_id,
		level: 2,
		rationale: 'Only in the pilot region',
		userId: ids.userId,
		userName: 'Sara',
		version: 0
	});
	const doc = await exportOrganisation(source.db, orgId);
	file = JSON.stringify(doc, null, 2);
}, 180_000);
afterAll(() => Promise.all([source?.close(), target?.close()]));

describe(`organisation export and import (${testEngine()})`, () => {
	it('exports everything of the organisation and nothing of its people', async () => {
		const doc = JSON.parse(file) as ExportDocument;
		expect(doc.format).toBe('crm-readiness/organisation');
		expect(doc.assessments).toHaveLength(2);
		const workshop = doc.assessments.find((a) => a.id === ids.assessmentId);
		expect(workshop?.respondents).toHaveLength(25);
		expect(workshop?.answers.length).toBeGreaterThan(25 * 50);
		expect(workshop?.parent_milestone_id).toBe(
			doc.assessments.find((a) => a.id === ids.kickoffId)?.milestones[0]?.id
		);
		expect(
			workshop?.plan?.actions.some((a) => a.text === 'هماهنگی با مدیران فروش'),
			JSON.stringify(workshop?.plan?.actions.slice(0, 2))
		).toBe(true);
		expect(doc.register.customers.length).toBeGreaterThan(60);
		expect(doc.register.customers.find((c) => c.name === 'شرکت کیمیا')).toMatchObject({
			name: 'شرکت کیمیا',
			satisfaction: 'delighted',
			interactions: [{ summary: 'تماس پیگیری' }],
			satisfaction_entries: [{ expectation: 3, performance: 5 }]
		});
		// Nothing that belongs to people or to access: no users, ids of users, hashes or codes.
		const user = await source.db
			.selectFrom('users')
			.select(['id', 'email', 'password_hash'])
			.where('id', '=', ids.userId)
			.executeTakeFirstOrThrow();
		for (const secret of [user.id, user.email, user.password_hash])
			expect(file).not.toContain(secret);
		const keys = new Set<string>();
		JSON.parse(file, (key, value) => (keys.add(key), value));
		const personal = [...keys].filter((k) =>
			/^(token|token_hash|password_hash|user_id|member_id|owner_id|created_by|accepted_by|join_code|join_expires_at|sessions?|invitations?|users|memberships)$/.test(
				k
			)
		);
		expect(personal).toEqual([]);
		// …and nothing of the demo's peer organisations.
		expect(file).not.toContain('Peer');
	});

	it('round-trips: export → import elsewhere → export is identical apart from identifiers', async () => {
		const userId = await importer(target.db);
		const result = await importOrganisation(target.db, file, { userId });
		expect(result.ok, JSON.stringify(result)).toBe(true);
		if (!result.ok) return;
		expect(result.counts).toMatchObject({ assessments: 2, respondents: 44, customers: 62 });
		const again = await exportOrganisation(target.db, result.organisationId);
		expect(again).not.toBeNull();
		const first = JSON.parse(file) as ExportDocument;
		const [x, y] = [comparable(again as ExportDocument), comparable(first)];
		const at = [...x].findIndex((ch, i) => ch !== y[i]);
		expect(x.slice(at - 300, at + 200), 'the first difference').toBe(y.slice(at - 300, at + 200));
		expect(x).toBe(y);
		// …and what was compared holds the target, the agreement and the "not applicable".
		const demo = first.assessments.find((a) => a.id === ids.assessmentId);
		expect(demo?.targets).toEqual([expect.objectContaining({ level: 4 })]);
		expect(demo?.consensus).toEqual([
			expect.objectContaining({
				level: 2,
				rationale: 'Only in the pilot region',
				recorded_by_name: 'Sara',
				version: 1
			})
		]);
		expect(demo?.answers.filter((a) => a.na_reason)).toEqual([
			expect.objectContaining({ level: null, na_reason: 'decided-elsewhere' })
		]);
		// Every identifier is new, and the scores computed from the imported data are the same.
		expect(JSON.stringify(again)).not.toContain(ids.assessmentId);
		const imported = (again as ExportDocument).assessments.find(
			(a) => a.title === first.assessments.find((b) => b.id === ids.assessmentId)?.title
		);
		const [before, after] = await Promise.all([
			score(source.db, { id: ids.assessmentId, anonymous: false }),
			score(target.db, { id: imported?.id as string, anonymous: false })
		]);
		expect(before.result.index).toBeGreaterThan(0);
		expect(after.result.index).toBe(before.result.index);
		for (const key of [
			'band',
			'lenses',
			'blockers',
			'risks',
			'byRole',
			'discussion',
			'notApplicable',
			'shortfalls'
		] as const)
			expect(after.result[key], key).toEqual(before.result[key]);
		// The importer owns the new organisation, alone.
		const members = await target.db
			.selectFrom('memberships')
			.select(['user_id', 'role'])
			.where('organisation_id', '=', result.organisationId)
			.execute();
		expect(members).toEqual([{ user_id: userId, role: 'owner' }]);
	});

	it('imports the same file twice as two separate organisations', async () => {
		const userId = await importer(target.db);
		const a = await importOrganisation(target.db, file, { userId, name: 'Copy A' });
		const b = await importOrganisation(target.db, file, { userId, name: 'Copy B' });
		expect(a.ok && b.ok).toBe(true);
		if (!a.ok || !b.ok) return;
		expect(a.organisationId).not.toBe(b.organisationId);
	});

	it('refuses a truncated, edited or malformed file whole, writing nothing', async () => {
		const userId = await importer(target.db);
		const count = async () =>
			Number(
				(
					await target.db
						.selectFrom('organisations')
						.select((eb) => eb.fn.countAll().as('n'))
						.executeTakeFirstOrThrow()
				).n
			);
		const before = await count();
		const doc = JSON.parse(file) as ExportDocument;
		const tampered = structuredClone(doc);
		(tampered.assessments[0]?.answers[0] as { level: number }).level = 4;
		// Edited and re-signed, but pointing at a respondent that does not exist.
		const forged = structuredClone(doc);
		(forged.assessments[0]?.answers[0] as { respondent_id: string }).respondent_id =
			'00000000-0000-4000-8000-000000000000';
		const { exported_at: _e, integrity: _i, format: _f, version: _v, ...covered } = forged;
		forged.integrity = digest(covered);
		// Re-signed with a level out of range.
		const outOfRange = structuredClone(doc);
		(outOfRange.assessments[0]?.answers[0] as { level: number }).level = 9;
		const { exported_at: _e2, integrity: _i2, format: _f2, version: _v2, ...c2 } = outOfRange;
		outOfRange.integrity = digest(c2);
		const cases: [string, string, string][] = [
			['truncated', file.slice(0, Math.floor(file.length * 0.7)), 'portability.errors.not_json'],
			['not ours', JSON.stringify({ hello: 'world' }), 'portability.errors.format'],
			['newer', JSON.stringify({ ...doc, version: 2 }), 'portability.errors.version'],
			['edited', JSON.stringify(tampered), 'portability.errors.integrity'],
			['forged', JSON.stringify(forged), 'portability.errors.invalid'],
			['out of range', JSON.stringify(outOfRange), 'portability.errors.invalid']
		];
		for (const [label, text, key] of cases) {
			const result = await importOrganisation(target.db, text, { userId });
			expect(result.ok, label).toBe(false);
			if (!result.ok) expect(result.error.key, label).toBe(key);
		}
		const forgedResult = await importOrganisation(target.db, JSON.stringify(forged), { userId });
		expect(forgedResult).toMatchObject({
			ok: false,
			error: { params: { path: 'assessments.0.answers.0.respondent_id' } }
		});
		expect(await count()).toBe(before);
	});
});
