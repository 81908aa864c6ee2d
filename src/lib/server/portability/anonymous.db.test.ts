// An anonymous workshop with a lone specialist: nobody can single the specialist out in the
// organisation export, the results or the roadmap PDF's data, and the export still imports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { createBus, type EventBus } from '$lib/server/events';
import { seedOrganisation } from '$lib/server/register/test-fixtures';
import { roadmapData } from '$lib/server/reports/load';
import { score } from '$lib/server/results/service';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { Announcer } from '$lib/server/workshop/announce';
import { setSection } from '$lib/server/workshop/repository';
import { saveAsParticipant } from '$lib/server/workshop/service';
import { joinAs, workshopFixture } from '$lib/server/workshop/test-support';
import { exportOrganisation } from './export';
import type { ExportDocument } from './format';
import { importOrganisation } from './import';

let source: Database;
let target: Database;
let bus: EventBus;
let w: Awaited<ReturnType<typeof workshopFixture>>;
let doc: ExportDocument;
let specialistId: string;
const SECRET = 'Only I, the specialist, know the truth.';

beforeAll(async () => {
	[source, target] = await Promise.all([testDatabase(), testDatabase()]);
	bus = createBus(source);
	const { db } = source;
	w = await workshopFixture(db, { anonymous: true });
	const announcer = new Announcer(bus);
	// One specialist (in the "Data" department), four executives, three middle managers.
	const roles = [
		'specialist',
		'executive',
		'executive',
		'executive',
		'executive',
		'middle_manager',
		'middle_manager',
		'middle_manager'
	] as const;
	let seq = 0;
	for (const [i, role] of roles.entries()) {
		const p = await joinAs(db, w.code, role, { department: i === 0 ? 'Data' : 'Sales' });
		if (i === 0) specialistId = p.visit.respondentId as string;
		const saved = await saveAsParticipant(db, announcer, p.visit, {
			answers: w.firstItem.statements.map((s, j) => ({
				item: w.firstItem.id,
				statement: s.id,
				// The specialist answers 4 everywhere; nobody else ever does.
				answer: i === 0 ? 4 : (i + j) % 4,
				seq: ++seq
			})),
			comments: [{ item: w.firstItem.id, body: i === 0 ? SECRET : `Comment ${i}`, seq: ++seq }]
		});
		if (!saved.ok) throw new Error(JSON.stringify(saved));
	}
	for (const lens of w.content.lenses) await setSection(db, w.orgId, w.id, lens.id, false);
	doc = (await exportOrganisation(db, w.orgId)) as ExportDocument;
}, 120_000);
afterAll(async () => {
	await bus.close();
	await Promise.all([source?.close(), target?.close()]);
});

describe(`an anonymous session in every output (${testEngine()})`, () => {
	it('the export keeps the counts but not the specialist’s role, department or answers', () => {
		const a = doc.assessments.find((x) => x.id === w.id);
		expect(a?.anonymous).toBe(true);
		expect(a?.respondents).toHaveLength(8);
		expect(a?.respondents.map((r) => r.role_layer)).not.toContain('specialist');
		expect(new Set(a?.respondents.map((r) => r.department))).toEqual(new Set([null]));
		expect(new Set(a?.respondents.map((r) => r.created_at)).size).toBe(1);
		// The counts per statement survive…
		const fours = a?.answers.filter((x) => x.level === 4) ?? [];
		expect(fours).toHaveLength(w.firstItem.statements.length);
		// …but the specialist's 4s are not on one row, and not on the specialist's row.
		expect(new Set(fours.map((x) => x.respondent_id)).size).toBeGreaterThan(1);
		expect(
			a?.answers.filter((x) => x.respondent_id === specialistId && x.level === 4)
		).not.toHaveLength(w.firstItem.statements.length);
		// The comment is kept, on a row that does not say whose.
		const secret = a?.comments.find((c) => c.body === SECRET);
		expect(secret).toBeDefined();
		const row = a?.respondents.find((r) => r.id === secret?.respondent_id);
		expect(row?.role_layer).not.toBe('specialist');
	});

	it('the results show no layer or department that would single the specialist out', async () => {
		const { result } = await score(source.db, { id: w.id, anonymous: true });
		expect(result.individuals).toEqual([]);
		expect(result.byRole.specialist.respondents).toBe(0);
		// Executives (4) and middle managers (3) together with the specialist: showing both would
		// give the specialist away as total − executives − managers. The smaller one is left out.
		expect(result.byRole.executive.respondents).toBe(4);
		expect(result.byRole.middle_manager.respondents).toBe(0);
		// Departments: Sales (7) + Data (1) → Sales would give Data away.
		expect(Object.keys(result.byDepartment)).toEqual([]);
	});

	it('the roadmap’s data attributes no comment or count to the specialist', async () => {
		const outcome = await roadmapData(source.db, { orgId: w.orgId, assessmentId: w.id }, 'en');
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const { roles, comments } = outcome.data.appendix;
		expect(roles.map((r) => r.role)).not.toContain('specialist');
		for (const r of roles) expect(r.count).toBeGreaterThanOrEqual(3);
		expect(comments.find((c) => c.text === SECRET)?.role).toBe('other');
		expect(JSON.stringify(outcome.data)).not.toContain('"name"');
	});

	it('imports again with the same scores and shown breakdowns', async () => {
		const { userId } = await seedOrganisation(target.db, 'Importer');
		const imported = await importOrganisation(target.db, JSON.stringify(doc), { userId });
		expect(imported.ok, JSON.stringify(imported)).toBe(true);
		if (!imported.ok) return;
		const copy = await target.db
			.selectFrom('assessments')
			.select('id')
			.where('organisation_id', '=', imported.organisationId)
			.executeTakeFirstOrThrow();
		const [before, after] = await Promise.all([
			score(source.db, { id: w.id, anonymous: true }),
			score(target.db, { id: copy.id, anonymous: true })
		]);
		expect(after.result.index).not.toBeNull();
		expect(after.result.index).toBe(before.result.index);
		for (const key of ['band', 'blockers', 'risks'] as const)
			expect(after.result[key], key).toEqual(before.result[key]);
		const scores = (r: typeof before.result) =>
			r.lenses.flatMap((l) => [
				l.score,
				...l.items.flatMap((i) => i.statements.map((s) => s.distribution))
			]);
		expect(scores(after.result)).toEqual(scores(before.result));
		// The layer shown keeps its figures; those left out come back as one layer, "other" (4).
		expect(after.result.byRole.executive).toEqual(before.result.byRole.executive);
		expect(after.result.byRole.other.respondents).toBe(4);
		expect(after.result.byRole.specialist.respondents).toBe(0);
		// Exporting the copy gives the same anonymous session again.
		const again = (await exportOrganisation(target.db, imported.organisationId)) as ExportDocument;
		const levels = (d: ExportDocument) =>
			d.assessments[0]?.answers.map((x) => `${x.statement_id}:${x.level}`).sort();
		expect(levels(again)).toEqual(levels(doc));
	});
});
