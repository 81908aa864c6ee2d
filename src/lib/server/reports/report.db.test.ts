import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoadmap } from '$lib/server/reports/document/roadmap';
import type { Database } from '$lib/server/db/connect';
import { renderPdf } from '$lib/server/pdf/render';
import { glyphLines, openPdf, pageGlyphs, visualString } from '$lib/server/pdf/testing/extract';
import { writeConsensus } from '$lib/server/assessments/decisions';
import { editAction } from '$lib/server/plans/edit-service';
import { listActions } from '$lib/server/plans/repository';
import { openPlan } from '$lib/server/plans/service';
import { answerAll, seedAssessment, seedOrganisation } from '$lib/server/plans/test-support';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { roadmapData } from './load';

const ORG = 'شرکت بازرگانی پارسیان';
const drawn = (logical: string) => Array.from(logical).reverse().join('');
const NOW = new Date('2026-11-24T10:00:00Z');

let database: Database;
let org: Awaited<ReturnType<typeof seedOrganisation>>;

/** Two executives at level 3 and two specialists at level 1, one of whom comments. */
async function workshop(anonymous: boolean) {
	const assessment = await seedAssessment(database.db, org, { anonymous, title: 'کارگاه آمادگی' });
	for (const name of ['سارا احمدی', 'کوروش رحیمی'])
		await answerAll(database.db, assessment.id, 3, {
			role: 'executive',
			name: anonymous ? undefined : name
		});
	for (const name of ['نسرین مرادی', 'فرهاد قاسمی'])
		await answerAll(database.db, assessment.id, 1, {
			role: 'specialist',
			name: anonymous ? undefined : name
		});
	const specialist = await database.db
		.selectFrom('respondents')
		.select('id')
		.where('assessment_id', '=', assessment.id)
		.where('role_layer', '=', 'specialist')
		.executeTakeFirstOrThrow();
	await database.db
		.insertInto('answer_comments')
		.values({
			respondent_id: specialist.id,
			assessment_id: assessment.id,
			item_id: 'information',
			body: 'اطلاعات مشتریان در سه صفحه‌گسترده پراکنده است.'
		})
		.execute();
	return { orgId: org.orgId, assessment };
}

beforeAll(async () => {
	database = await testDatabase();
	org = await seedOrganisation(database.db, ORG, 'لاله کریمی');
});
afterAll(() => database.close());

describe(`roadmap data from the database (${testEngine()})`, () => {
	it('renders a Persian roadmap with the organisation and no Latin static strings', async () => {
		const ctx = await workshop(false);
		const outcome = await roadmapData(
			database.db,
			{ orgId: org.orgId, assessmentId: ctx.assessment.id },
			'fa',
			NOW
		);
		if (!outcome.ok) throw new Error(outcome.error);
		const { data } = outcome;
		expect(data).toMatchObject({
			organisation: ORG,
			locale: 'fa',
			date: '2026-11-24',
			respondents: 4
		});
		expect(data.blocks).toHaveLength(8);
		expect(data.points).toHaveLength(10);
		expect(data.risks).toHaveLength(5);
		expect(data.changePlan.map((e) => e.element)).toHaveLength(5);
		expect(data.scope).toHaveLength(9);
		expect(data.goals).toHaveLength(5);
		// Executives 3, specialists 1: two levels apart, so the plan asks leaders to listen.
		expect(data.summary.join(' ')).toContain('مدیران ارشد آمادگی را ۲ سطح بالاتر');
		expect(data.appendix.roles.find((r) => r.role === 'executive')?.names).toEqual([
			'سارا احمدی',
			'کوروش رحیمی'
		]);

		const pdf = await renderPdf(buildRoadmap(data));
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const doc = await openPdf(pdf);
		const lines: string[] = [];
		for (let p = 1; p <= doc.numPages; p++)
			lines.push(...glyphLines(await pageGlyphs(doc, p)).map(visualString));
		expect(doc.numPages).toBeGreaterThanOrEqual(12);
		expect(lines.some((l) => l.includes(drawn(ORG)))).toBe(true);
		expect(lines.some((l) => l.includes(drawn('لاله کریمی')))).toBe(true);
		// CRM is the one term the Persian questionnaires write in Latin letters.
		const latin = lines.filter((l) => /[A-Za-z]/.test(l.replaceAll('CRM', '')));
		expect(latin).toEqual([]);
	}, 60_000);

	it('prints the plan as people edited it', async () => {
		const ctx = await workshop(false);
		const { plan } = await openPlan(database.db, ctx);
		const [first] = await listActions(database.db, plan.id);
		if (!first) throw new Error('no action');
		await editAction(database.db, ctx, {
			id: first.id,
			version: first.version,
			text: 'کمیتهٔ راهبری را تا پایان ماه تشکیل دهید.',
			phase: 'first_90_days',
			owner: 'مدیرعامل',
			due: '2027-01-15',
			status: 'in_progress'
		});
		const outcome = await roadmapData(
			database.db,
			{ orgId: org.orgId, assessmentId: ctx.assessment.id },
			'fa',
			NOW
		);
		if (!outcome.ok) throw new Error(outcome.error);
		expect(outcome.data.plan[0]).toMatchObject({
			action: 'کمیتهٔ راهبری را تا پایان ماه تشکیل دهید.',
			owner: 'مدیرعامل',
			due: '2027-01-15',
			status: 'in_progress',
			phase: 'first_90_days'
		});
		// Without a date of its own, an action is due at the end of its phase.
		const undated = outcome.data.plan.find((a) => a.phase === 'months_3_6');
		const created = plan.createdAt;
		const sixMonths = new Date(
			Date.UTC(created.getUTCFullYear(), created.getUTCMonth() + 6, created.getUTCDate())
		);
		expect(undated?.due).toBe(sixMonths.toISOString().slice(0, 10));
	});

	it('never names anyone, nor shows a layer under three people, for an anonymous assessment', async () => {
		const ctx = await workshop(true);
		const outcome = await roadmapData(
			database.db,
			{ orgId: org.orgId, assessmentId: ctx.assessment.id },
			'en',
			NOW
		);
		if (!outcome.ok) throw new Error(outcome.error);
		const json = JSON.stringify(outcome.data);
		for (const name of ['سارا', 'کوروش', 'نسرین', 'فرهاد']) expect(json).not.toContain(name);
		// Two executives and two specialists: both layers too small, counted as "other".
		expect(outcome.data.appendix.roles).toEqual([{ role: 'other', count: 4 }]);
		expect(outcome.data.appendix.comments.map((c) => c.role)).toEqual(['other']);
		// Their gap is hidden too, so no listening session is proposed.
		expect(json).not.toContain('levels higher than specialists');
	});

	/** One specialist marks information/data-quality "not applicable"; the room agrees data-gaps at 4. */
	async function decide(assessmentId: string) {
		const specialist = await database.db
			.selectFrom('respondents')
			.select('id')
			.where('assessment_id', '=', assessmentId)
			.where('role_layer', '=', 'specialist')
			.executeTakeFirstOrThrow();
		await database.db
			.updateTable('answers')
			.set({ level: null, na_reason: 'decided-elsewhere', na_note: 'The ERP team owns it.' })
			.where('respondent_id', '=', specialist.id)
			.where('item_id', '=', 'information')
			.where('statement_id', '=', 'data-quality')
			.execute();
		const recorded = await writeConsensus(database.db, {
			orgId: org.orgId,
			assessmentId,
			item: 'information',
			statement: 'data-gaps',
			level: 4,
			rationale: 'The register shows it.',
			userId: org.userId,
			userName: org.userName,
			version: 0
		});
		expect(recorded).toBe(true);
	}

	it('prints the agreed view by default and the crowd view when asked, with the same plan', async () => {
		const ctx = await workshop(false);
		await decide(ctx.assessment.id);
		const ref = { orgId: org.orgId, assessmentId: ctx.assessment.id };
		const agreed = await roadmapData(database.db, ref, 'en', NOW);
		const crowd = await roadmapData(database.db, ref, 'en', NOW, 'crowd');
		if (!agreed.ok || !crowd.ok) throw new Error('no roadmap');
		expect(agreed.data.readiness).toMatchObject({ view: 'agreed', agreed: 1 });
		expect(crowd.data.readiness).toMatchObject({ view: 'crowd', agreed: 1 });
		// data-gaps: 3, 3, 1, 1 in the crowd (mean 2), 4 as agreed: the agreed index is higher.
		expect(agreed.data.readiness.index).toBeGreaterThan(crowd.data.readiness.index);
		expect(agreed.data.readiness.gap ?? 0).toBeLessThan(crowd.data.readiness.gap ?? 0);
		const agreedOn = agreed.data.findings.flatMap((f) => f.agreed ?? []);
		expect(agreedOn).toEqual([
			expect.objectContaining({
				level: 4,
				mean: 2,
				low: 1,
				high: 3,
				sd: 1,
				n: 4,
				rationale: 'The register shows it.'
			})
		]);
		// The plan comes from the agreed view in both.
		expect(crowd.data.plan).toEqual(agreed.data.plan);
		expect(agreed.data.appendix.notApplicable).toEqual([
			expect.objectContaining({
				reason: 'decided-elsewhere',
				note: 'The ERP team owns it.',
				role: 'specialist'
			})
		]);
	});

	it('lists an anonymous session’s N/A answers under "other", and none from a section still open', async () => {
		const ctx = await workshop(true);
		await decide(ctx.assessment.id);
		const ref = { orgId: org.orgId, assessmentId: ctx.assessment.id };
		const closed = await roadmapData(database.db, ref, 'en', NOW);
		if (!closed.ok) throw new Error(closed.error);
		// Two specialists: too few to be shown as a layer.
		expect(closed.data.appendix.notApplicable.map((n) => n.role)).toEqual(['other']);
		await database.db
			.updateTable('assessments')
			.set({ mode: 'workshop', status: 'open', open_sections: ['building-blocks'] })
			.where('id', '=', ctx.assessment.id)
			.execute();
		const open = await roadmapData(database.db, ref, 'en', NOW);
		if (!open.ok) throw new Error(open.error);
		expect(open.data.appendix.notApplicable).toEqual([]);
	});

	it('refuses an assessment nobody answered, and finds nothing of another organisation', async () => {
		const empty = await seedAssessment(database.db, org);
		expect(
			await roadmapData(database.db, { orgId: org.orgId, assessmentId: empty.id }, 'en', NOW)
		).toEqual({
			ok: false,
			status: 409,
			error: 'plan.report.no_answers'
		});
		const other = await seedOrganisation(database.db, 'Other');
		const ctx = await workshop(false);
		expect(
			await roadmapData(
				database.db,
				{ orgId: other.orgId, assessmentId: ctx.assessment.id },
				'en',
				NOW
			)
		).toEqual({
			ok: false,
			status: 404,
			error: 'errors.not_found'
		});
	});
});
