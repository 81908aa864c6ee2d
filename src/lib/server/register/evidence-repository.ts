// registerEvidence(db, orgId): the register's analytics as one typed summary — the Pareto
// curve, tiers, satisfaction, completeness, duplicates, consent and recent contact — for the
// register dashboard and, beside the "Information" block and the "Customer identification"
// and "Data management" goals, for the results page and the plan. Read-only, a handful of
// aggregate queries over the organisation's active customers.
import { sql, type Kysely } from 'kysely';
import {
	COMPLETENESS_FIELDS,
	pareto,
	paretoCuts,
	type CompletenessField,
	type RegisterEvidence,
	type SatisfactionGroup
} from '$lib/register/evidence';
import { emptyDistribution, type SatisfactionLevel } from '$lib/register/satisfaction';
import type { DB } from '$lib/server/db/schema';

export type { RegisterEvidence } from '$lib/register/evidence';

type Db = Kysely<DB>;

// The SQL test of "filled in" for each completeness field.
const FILLED: Record<CompletenessField, string> = {
	email: 'email is not null',
	phone: 'phone is not null',
	city: 'city is not null',
	industry: 'industry is not null',
	tier: 'tier is not null',
	tags: 'cardinality(tags) > 0',
	channel: 'channel is not null',
	annual_value: 'annual_value is not null',
	acquisition_source: 'acquisition_source is not null',
	acquisition_cost: 'acquisition_cost is not null',
	owner: 'owner_id is not null',
	satisfaction: 'satisfaction is not null'
};

async function totals(db: Db, orgId: string) {
	const filled = COMPLETENESS_FIELDS.map(
		(f) =>
			sql`count(*) filter (where archived_at is null and ${sql.raw(FILLED[f])})::int as ${sql.ref(f)}`
	);
	const { rows } = await sql<Record<string, number | null>>`
		select count(*) filter (where archived_at is null)::int as customers,
		       count(*) filter (where archived_at is not null)::int as archived,
		       count(*) filter (where archived_at is null and consent)::int as consent,
		       (avg(satisfaction_gap) filter (where archived_at is null))::float8 as average_gap,
		       (avg(acquisition_cost) filter (where archived_at is null))::float8 as average_cost,
		       ${sql.join(filled)}
		from customers where organisation_id = ${orgId}`.execute(db);
	return rows[0] ?? {};
}

async function paretoOf(db: Db, orgId: string) {
	const { rows } = await sql<{ n: number; total: number | null }>`
		select count(*)::int as n, sum(annual_value)::float8 as total from customers
		where organisation_id = ${orgId} and archived_at is null and annual_value is not null`.execute(db);
	const n = rows[0]?.n ?? 0;
	const total = rows[0]?.total ?? 0;
	const cuts = paretoCuts(n);
	const { rows: running } = await sql<{ rn: number; cumulative: number }>`
		select rn::int, cumulative::float8 from (
			select row_number() over w as rn, sum(annual_value) over w as cumulative
			from customers
			where organisation_id = ${orgId} and archived_at is null and annual_value is not null
			window w as (order by annual_value desc, seq rows between unbounded preceding and current row)
		) ranked where rn = any(${cuts}::bigint[])`.execute(db);
	return { n, total, ...pareto(n, total, new Map(running.map((r) => [r.rn, r.cumulative]))) };
}

async function groups(db: Db, orgId: string, by: 'tier' | 'tag'): Promise<SatisfactionGroup[]> {
	const { rows } = await (
		by === 'tier'
			? sql<{ name: string | null; level: SatisfactionLevel | null; n: number }>`
			select tier as name, satisfaction as level, count(*)::int as n from customers
			where organisation_id = ${orgId} and archived_at is null group by 1, 2`
			: sql<{ name: string | null; level: SatisfactionLevel | null; n: number }>`
			select t as name, satisfaction as level, count(*)::int as n
			from customers, unnest(tags) as t
			where organisation_id = ${orgId} and archived_at is null group by 1, 2`
	).execute(db);
	const out = new Map<string | null, SatisfactionGroup>();
	for (const r of rows) {
		const g = out.get(r.name) ?? { name: r.name, customers: 0, measured: emptyDistribution() };
		g.customers += r.n;
		if (r.level) g.measured[r.level] += r.n;
		out.set(r.name, g);
	}
	return [...out.values()].sort((a, b) => b.customers - a.customers);
}

export async function registerEvidence(db: Db, orgId: string): Promise<RegisterEvidence> {
	const t = await totals(db, orgId);
	const customers = Number(t.customers ?? 0);
	const p = await paretoOf(db, orgId);
	const byTier = await groups(db, orgId, 'tier');
	const bySegment = await groups(db, orgId, 'tag');

	const overall = emptyDistribution();
	for (const g of byTier)
		for (const level of Object.keys(overall) as SatisfactionLevel[])
			overall[level] += g.measured[level];
	const measured = overall.dissatisfied + overall.satisfied + overall.delighted;

	const { rows: tiers } = await sql<{ name: string | null; customers: number; value: number }>`
		select tier as name, count(*)::int as customers, coalesce(sum(annual_value), 0)::float8 as value
		from customers where organisation_id = ${orgId} and archived_at is null
		group by tier order by customers desc, tier`.execute(db);

	const { rows: dup } = await sql<{ n: number }>`
		select count(*)::int as n from (
			select id from (
				select id, count(*) over (partition by email_key) as c from customers
				where organisation_id = ${orgId} and archived_at is null and email_key is not null
			) e where c > 1
			union
			select id from (
				select id, count(*) over (partition by phone_key) as c from customers
				where organisation_id = ${orgId} and archived_at is null and phone_key is not null
			) p where c > 1
		) d`.execute(db);

	const { rows: contact } = await sql<{ n: number; reached: number }>`
		select count(*)::int as n, count(distinct i.customer_id)::int as reached
		from customer_interactions i join customers c on c.id = i.customer_id
		where i.organisation_id = ${orgId} and c.archived_at is null
		  and i.occurred_on >= current_date - 90`.execute(db);

	const share = (x: number) => (customers > 0 ? x / customers : 0);
	const fields = COMPLETENESS_FIELDS.map((field) => {
		const filled = Number(t[field] ?? 0);
		return { field, filled, share: share(filled) };
	});
	const duplicates = dup[0]?.n ?? 0;
	const reached = contact[0]?.reached ?? 0;
	return {
		customers,
		archived: Number(t.archived ?? 0),
		value: {
			recorded: p.n,
			total: p.total,
			top20Share: p.top20Share,
			curve: p.curve,
			averageAcquisitionCost: t.average_cost === null ? null : Number(t.average_cost)
		},
		tiers,
		satisfaction: {
			overall,
			measured,
			averageGap: t.average_gap === null ? null : Number(t.average_gap),
			byTier,
			bySegment
		},
		completeness: {
			fields,
			overall: customers > 0 ? fields.reduce((a, f) => a + f.share, 0) / fields.length : 0
		},
		duplicates: { customers: duplicates, rate: share(duplicates) },
		consent: { given: Number(t.consent ?? 0), share: share(Number(t.consent ?? 0)) },
		interactions: {
			last90Days: contact[0]?.n ?? 0,
			customersReached: reached,
			reachedShare: share(reached)
		}
	};
}
