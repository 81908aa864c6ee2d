// The one query that reads across tenants: the latest milestone of every other organisation in
// which the user is a consultant or owner. It selects scores only — never an organisation's id,
// name or anything else — so nothing but the aggregate can leave this module.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';

export async function latestOfOtherClients(db: Kysely<DB>, userId: string, orgId: string) {
	const rows = await db
		.selectFrom('milestones as m')
		.innerJoin('memberships as ms', 'ms.organisation_id', 'm.organisation_id')
		.distinctOn('m.organisation_id')
		.select(['m.readiness_index', 'm.summary'])
		.where('ms.user_id', '=', userId)
		.where('ms.role', 'in', ['owner', 'consultant'])
		.where('m.organisation_id', '<>', orgId)
		.where('m.readiness_index', 'is not', null)
		.orderBy('m.organisation_id')
		.orderBy('m.created_at', 'desc')
		.orderBy('m.id', 'desc')
		.execute();
	return rows.map((r) => ({ index: r.readiness_index, summary: r.summary as unknown }));
}
