// Milestones: frozen results of an assessment. Every query names the organisation, so a
// milestone is only ever found through its tenant.
import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { MilestoneSummary } from '$lib/milestones/summary';

export interface NewMilestone {
	assessmentId: string;
	organisationId: string;
	label: string;
	respondents: number;
	index: number | null;
	band: string | null;
	summary: MilestoneSummary;
	createdBy: string;
}

export async function insert(db: Kysely<DB>, m: NewMilestone): Promise<string> {
	const row = await db
		.insertInto('milestones')
		.values({
			assessment_id: m.assessmentId,
			organisation_id: m.organisationId,
			label: m.label,
			respondents: m.respondents,
			readiness_index: m.index,
			band: m.band,
			summary: JSON.stringify(m.summary),
			created_by: m.createdBy
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

const columns = [
	'm.id',
	'm.assessment_id',
	'm.label',
	'm.respondents',
	'm.readiness_index',
	'm.band',
	'm.summary',
	'm.created_at'
] as const;

/** The assessment's milestones, oldest first, with the re-assessments started from each. */
export async function listForAssessment(db: Kysely<DB>, orgId: string, assessmentId: string) {
	const [milestones, children] = await Promise.all([
		db
			.selectFrom('milestones as m')
			.select(columns)
			.where('m.organisation_id', '=', orgId)
			.where('m.assessment_id', '=', assessmentId)
			.orderBy('m.created_at')
			.orderBy('m.id')
			.execute(),
		db
			.selectFrom('assessments as a')
			.innerJoin('milestones as m', 'm.id', 'a.parent_milestone_id')
			.select(['a.id', 'a.title', 'a.parent_milestone_id'])
			.where('a.organisation_id', '=', orgId)
			.where('m.assessment_id', '=', assessmentId)
			.orderBy('a.created_at')
			.execute()
	]);
	return milestones.map((m) => ({
		...m,
		reassessments: children
			.filter((c) => c.parent_milestone_id === m.id)
			.map((c) => ({ id: c.id, title: c.title }))
	}));
}

export async function findForAssessment(
	db: Kysely<DB>,
	orgId: string,
	assessmentId: string,
	id: string
) {
	return db
		.selectFrom('milestones as m')
		.select(columns)
		.where('m.organisation_id', '=', orgId)
		.where('m.assessment_id', '=', assessmentId)
		.where('m.id', '=', id)
		.executeTakeFirst();
}

/** The milestone an assessment was started from, with its assessment's title. */
export async function findParent(db: Kysely<DB>, orgId: string, milestoneId: string) {
	return db
		.selectFrom('milestones as m')
		.innerJoin('assessments as a', 'a.id', 'm.assessment_id')
		.select(['m.id', 'm.label', 'm.created_at', 'a.id as assessment_id', 'a.title'])
		.where('m.organisation_id', '=', orgId)
		.where('m.id', '=', milestoneId)
		.executeTakeFirst();
}

// Bounds the walk through parent links; a real lineage is a handful of re-assessments long.
const MAX_DEPTH = 50;

/**
 * Every milestone in the assessment's lineage, oldest first: the assessments it descends from
 * (through the milestones they were started from), itself, and those started from it.
 */
export async function lineage(db: Kysely<DB>, orgId: string, assessmentId: string) {
	const { rows } = await sql<{
		id: string;
		assessment_id: string;
		assessment_title: string;
		label: string;
		respondents: number;
		readiness_index: number | null;
		band: string | null;
		summary: unknown;
		created_at: Date;
	}>`
		with recursive up (id, parent, depth) as (
			select id, parent_milestone_id, 0 from assessments
			where id = ${assessmentId} and organisation_id = ${orgId}
			union all
			select a.id, a.parent_milestone_id, up.depth + 1
			from up
			join milestones m on m.id = up.parent
			join assessments a on a.id = m.assessment_id
			where a.organisation_id = ${orgId} and up.depth < ${MAX_DEPTH}
		),
		down (id, depth) as (
			select id, 0 from assessments
			where id = ${assessmentId} and organisation_id = ${orgId}
			union all
			select a.id, down.depth + 1
			from down
			join milestones m on m.assessment_id = down.id
			join assessments a on a.parent_milestone_id = m.id
			where a.organisation_id = ${orgId} and down.depth < ${MAX_DEPTH}
		)
		select m.id, m.assessment_id, a.title as assessment_title, m.label, m.respondents,
			m.readiness_index, m.band, m.summary, m.created_at
		from milestones m
		join assessments a on a.id = m.assessment_id
		where m.organisation_id = ${orgId}
			and m.assessment_id in (select id from up union select id from down)
		order by m.created_at, m.id
	`.execute(db);
	return rows;
}
