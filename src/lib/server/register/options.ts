// The values the filter menus offer: the tiers and segments of the organisation's most recent
// customers, most used first. A sample keeps every list page fast at any register size; a
// rarer value can still be filtered on through the URL (or by searching for it).
import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';

const SAMPLE = 5000;

export interface FilterOptions {
	tiers: string[];
	tags: string[];
}

export async function filterOptions(db: Kysely<DB>, orgId: string): Promise<FilterOptions> {
	const recent = sql`(select tier, tags from customers
		where organisation_id = ${orgId} and archived_at is null
		order by seq desc limit ${SAMPLE}) as recent`;
	const tiers = await sql<{ v: string }>`
		select tier as v from ${recent} where tier is not null
		group by tier order by count(*) desc, tier limit 100`.execute(db);
	const tags = await sql<{ v: string }>`
		select t as v from ${recent}, unnest(tags) as t
		group by t order by count(*) desc, t limit 200`.execute(db);
	return { tiers: tiers.rows.map((r) => r.v), tags: tags.rows.map((r) => r.v) };
}
