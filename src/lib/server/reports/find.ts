// Which assessment a command-line report is about: one named by id, or the demo's latest.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { DEMO_EMAIL, DEMO_ORGANISATION } from '$lib/server/demo/seed';

export interface AssessmentRef {
	orgId: string;
	assessmentId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findAssessment(db: Kysely<DB>, id: string): Promise<AssessmentRef | null> {
	if (!UUID.test(id)) return null;
	const row = await db
		.selectFrom('assessments')
		.select(['id', 'organisation_id'])
		.where('id', '=', id.toLowerCase())
		.executeTakeFirst();
	return row ? { orgId: row.organisation_id, assessmentId: row.id } : null;
}

/**
 * The demo organisation is the one `npm run seed:demo` creates: its name, created by the demo
 * consultant's account (a customer's organisation could share the name, not the creator).
 */
export async function findDemoAssessment(db: Kysely<DB>): Promise<AssessmentRef | null> {
	const row = await db
		.selectFrom('assessments as a')
		.innerJoin('organisations as o', 'o.id', 'a.organisation_id')
		.innerJoin('users as u', 'u.id', 'o.created_by')
		.select(['a.id', 'a.organisation_id'])
		.where('o.name', '=', DEMO_ORGANISATION)
		.where('u.email', '=', DEMO_EMAIL)
		.orderBy('a.created_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? { orgId: row.organisation_id, assessmentId: row.id } : null;
}
