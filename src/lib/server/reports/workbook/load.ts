// The workbook and the plan's CSV and calendar of one assessment, read the way the PDF is
// (../load.ts: the same heading, plan source, stored or generated plan, and map/'s mapping)
// plus the figures the PDF does not print: everyone's answers scored by the results service,
// the plan's projection, and the "not applicable" answers. Reads only: nothing is stored. No
// SvelteKit runtime here, so the CLI (scripts/report-xlsx.ts) uses it as the endpoint does.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { generatePlan } from '$lib/plans/generate';
import { counted } from '$lib/plans/projected';
import { planView, stateFromGenerated, type PlanState } from '$lib/plans/view';
import { project } from '$lib/scoring';
import { notApplicableOf } from '$lib/server/assessments/decisions';
import { openSections } from '$lib/server/assessments/open-sections';
import { reportHeading } from '$lib/server/assessments/repository';
import { respondentNames } from '$lib/server/assessments/respondents';
import { commentsWithAuthors } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import { goalEvidence } from '$lib/server/plans/goal-evidence';
import { findPlanState } from '$lib/server/plans/repository';
import { planSource } from '$lib/server/plans/source';
import { score } from '$lib/server/results/service';
import { contentDisposition, roadmapFileName } from '../file-name';
import { toRoadmapData } from '../map';
import { sheetCsv } from './csv';
import { buildIcs, type DueEvent } from './ics';
import { planActions, planSheet, workbookSheets } from './sheets';
import { writeWorkbook } from './xlsx';

type Ref = { orgId: string; assessmentId: string };
type Assessment = { id: string; anonymous: boolean };
type Failure = { ok: false; status: 404 | 409; error: string };
export type Download = {
	ok: true;
	body: Uint8Array;
	fileName: string;
	disposition: string;
	organisation: string;
	assessment: string;
};

const notFound: Failure = { ok: false, status: 404, error: 'errors.not_found' };

/** A file for the assessment, named as every download of it is (file-name.ts). */
function download(
	row: { organisation: string; title: string },
	locale: Locale,
	now: Date,
	body: Uint8Array,
	extension: 'xlsx' | 'csv' | 'ics',
	kind: 'roadmap' | 'plan' = 'roadmap'
): Download {
	const date = now.toISOString().slice(0, 10);
	return {
		ok: true,
		body,
		fileName: roadmapFileName(row.organisation, locale, date, extension, kind),
		disposition: contentDisposition(row.organisation, locale, date, extension, kind),
		organisation: row.organisation,
		assessment: row.title
	};
}

/** The plan as people left it, or as it would be generated now (nothing is stored). */
async function readPlan(db: Kysely<DB>, orgId: string, assessment: Assessment, now: Date) {
	const [{ content, source }, stored] = await Promise.all([
		planSource(db, assessment),
		findPlanState(db, orgId, assessment.id)
	]);
	const plan: PlanState = stored ?? stateFromGenerated(generatePlan(source), now);
	return { content, source, plan };
}

/** The workbook: results by lens, item and statement, the plan, the goals and N/A answers. */
export async function roadmapWorkbook(
	db: Kysely<DB>,
	ref: Ref,
	locale: Locale,
	now = new Date()
): Promise<Download | Failure> {
	const row = await reportHeading(db, ref.orgId, ref.assessmentId);
	if (!row) return notFound;
	const assessment = { id: row.id, anonymous: row.anonymous };
	const [{ content, source, plan }, crowd, comments, people, evidence, na, open] =
		await Promise.all([
			readPlan(db, ref.orgId, assessment, now),
			score(db, assessment, 'crowd'),
			commentsWithAuthors(db, row.id),
			respondentNames(db, row.id),
			goalEvidence(db, ref.orgId, locale),
			notApplicableOf(db, row.id),
			row.anonymous ? openSections(db, row.id) : Promise.resolve([] as string[])
		]);
	const date = now.toISOString().slice(0, 10);
	const report = toRoadmapData(
		{
			organisation: row.organisation,
			assessment: { title: row.title, anonymous: row.anonymous },
			facilitator: row.facilitator ?? '',
			content,
			result: source.result,
			plan,
			comments,
			people,
			date,
			evidence,
			// The workbook reads the overview and goals from the roadmap's mapping; its own sheets
			// carry the agreed levels and the "not applicable" answers.
			consensus: [],
			notApplicable: []
		},
		locale
	);
	if (!report) return { ok: false, status: 409, error: 'plan.report.no_answers' };
	// The plan page's projection: the agreed view once the plan's counted actions are done.
	const projection = project(
		content.scoring,
		source.result,
		plan.actions.filter(counted).map((a) => ({ lifts: a.suggested?.lifts ?? [] }))
	);
	// Anonymous: answers to sections still open are left out, as everywhere (closedSectionsOnly).
	const closed = new Set(
		content.lenses.filter((l) => open.includes(l.id)).flatMap((l) => l.items.map((i) => i.id))
	);
	const sheets = workbookSheets({
		locale,
		report,
		plan: planView(plan, content.goals, locale, evidence),
		lenses: content.lenses,
		crowd: crowd.result,
		agreed: source.result,
		projection,
		notApplicable: na.filter((a) => !closed.has(a.item)),
		anonymous: row.anonymous
	});
	const body = await writeWorkbook(sheets, { locale, title: row.title, now });
	return download(row, locale, now, body, 'xlsx');
}

/** The heading and the plan view of an assessment, for the CSV and the calendar. */
async function readPlanView(db: Kysely<DB>, ref: Ref, locale: Locale, now: Date) {
	const row = await reportHeading(db, ref.orgId, ref.assessmentId);
	if (!row) return null;
	const { content, plan } = await readPlan(db, ref.orgId, row, now);
	return { row, view: planView(plan, content.goals, locale) };
}

/** The plan's actions as CSV, the same columns as the workbook's plan sheet. */
export async function planCsv(
	db: Kysely<DB>,
	ref: Ref,
	locale: Locale,
	now = new Date()
): Promise<Download | Failure> {
	const read = await readPlanView(db, ref, locale, now);
	if (!read) return notFound;
	const { row, view } = read;
	const body = new TextEncoder().encode(sheetCsv(planSheet(view, locale)));
	return download(row, locale, now, body, 'csv', 'plan');
}

/**
 * The plan's due dates as iCalendar: every action that still counts (not dropped, not an
 * obsolete recommendation nobody started), on its due date or the end of its phase.
 */
export async function planCalendar(
	db: Kysely<DB>,
	ref: Ref,
	locale: Locale,
	now = new Date()
): Promise<Download | Failure> {
	const read = await readPlanView(db, ref, locale, now);
	if (!read) return notFound;
	const { row, view } = read;
	const t = serverT(locale);
	const events: DueEvent[] = planActions(view).flatMap((a) => {
		const date = a.due ?? a.derivedDue;
		if (!date || !counted({ removed: false, status: a.status, obsolete: a.obsolete })) return [];
		const lines = [
			`${t('workbook.columns.phase')}: ${t(`plan.phase.${a.phase}`)}`,
			`${t('workbook.columns.status')}: ${t(`plan.status.${a.status}`)}`,
			...(a.owner ? [`${t('workbook.columns.owner')}: ${a.owner}`] : []),
			...(a.deliverable ? [`${t('workbook.columns.deliverable')}: ${a.deliverable}`] : []),
			...(a.due ? [] : [t('workbook.derived_due')]),
			`${row.organisation} · ${row.title}`
		];
		return [
			{
				uid: `${a.id}.${row.id}@crm-readiness`,
				date,
				summary: a.text,
				description: lines.join('\n')
			}
		];
	});
	const ics = buildIcs({ name: `${t('workbook.calendar')} · ${row.organisation}`, events, now });
	return download(row, locale, now, new TextEncoder().encode(ics), 'ics', 'plan');
}
