// Customers: the table's rows mapped to what pages show, and the writes. Every function takes
// the organisation id and filters by it, so no call can reach another tenant's customer.
import { sql, type Kysely } from 'kysely';
import type { Channel, Kind } from '$lib/register/fields';
import type { SatisfactionLevel } from '$lib/register/satisfaction';
import type { DB } from '$lib/server/db/schema';
import type { CustomerInput } from './schema';

export interface Customer {
	id: string;
	kind: Kind;
	name: string;
	tier: string | null;
	tags: string[];
	channel: Channel | null;
	email: string | null;
	phone: string | null;
	city: string | null;
	industry: string | null;
	/** Exact decimal text, as stored. */
	annual_value: string | null;
	acquisition_source: string | null;
	acquisition_cost: string | null;
	owner_id: string | null;
	owner_name: string | null;
	owner_email: string | null;
	consent: boolean;
	consent_at: string | null;
	notes: string | null;
	satisfaction: SatisfactionLevel | null;
	satisfaction_gap: number | null;
	version: number;
	archived_at: Date | null;
	created_at: Date;
	updated_at: Date;
}

/** The stored columns a form or a CSV row sets (owner resolved to a member's id). */
export type CustomerValues = Omit<CustomerInput, 'owner'> & { owner_id: string | null };

export function toValues(input: CustomerInput, ownerId: string | null): CustomerValues {
	const { owner: _owner, ...rest } = input;
	return { ...rest, owner_id: ownerId };
}

export const CUSTOMER_COLUMNS = [
	'c.id',
	'c.kind',
	'c.name',
	'c.tier',
	'c.tags',
	'c.channel',
	'c.email',
	'c.phone',
	'c.city',
	'c.industry',
	'c.annual_value',
	'c.acquisition_source',
	'c.acquisition_cost',
	'c.owner_id',
	'c.consent',
	'c.consent_at',
	'c.notes',
	'c.satisfaction',
	'c.satisfaction_gap',
	'c.version',
	'c.archived_at',
	'c.created_at',
	'c.updated_at'
] as const;

export async function find(db: Kysely<DB>, orgId: string, id: string) {
	const row = await db
		.selectFrom('customers as c')
		.leftJoin('users as o', 'o.id', 'c.owner_id')
		.select([...CUSTOMER_COLUMNS, 'o.name as owner_name', 'o.email as owner_email'])
		.where('c.organisation_id', '=', orgId)
		.where('c.id', '=', id)
		.executeTakeFirst();
	return row as Customer | undefined;
}

export async function create(
	db: Kysely<DB>,
	orgId: string,
	values: CustomerValues,
	createdBy: string
): Promise<string> {
	const row = await db
		.insertInto('customers')
		.values({ ...values, organisation_id: orgId, created_by: createdBy })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export type UpdateResult = 'ok' | 'conflict' | 'not_found';

/** Saves an edit only if nobody saved another since `version` was read. */
export async function update(
	db: Kysely<DB>,
	orgId: string,
	id: string,
	version: number,
	values: CustomerValues
): Promise<UpdateResult> {
	const row = await db
		.updateTable('customers')
		.set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.where('version', '=', version)
		.returning('id')
		.executeTakeFirst();
	if (row) return 'ok';
	const exists = await db
		.selectFrom('customers')
		.select('id')
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.executeTakeFirst();
	return exists ? 'conflict' : 'not_found';
}

/** Archive (a soft delete) or restore; false when there is no such customer. */
export async function setArchived(
	db: Kysely<DB>,
	orgId: string,
	id: string,
	archived: boolean
): Promise<boolean> {
	const row = await db
		.updateTable('customers')
		.set({
			archived_at: archived ? sql`coalesce(archived_at, now())` : null,
			version: sql`version + 1`,
			updated_at: sql`now()`
		})
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.returning('id')
		.executeTakeFirst();
	return row !== undefined;
}

/** A customer as the strings its edit form starts from. */
export function formValues(c: Customer): Record<string, string> {
	return {
		name: c.name,
		kind: c.kind,
		tier: c.tier ?? '',
		tags: c.tags.join(', '),
		channel: c.channel ?? '',
		email: c.email ?? '',
		phone: c.phone ?? '',
		city: c.city ?? '',
		industry: c.industry ?? '',
		annual_value: c.annual_value?.replace(/\.00$/, '') ?? '',
		acquisition_source: c.acquisition_source ?? '',
		acquisition_cost: c.acquisition_cost?.replace(/\.00$/, '') ?? '',
		owner: c.owner_id ?? '',
		consent: c.consent ? 'on' : '',
		consent_at: c.consent_at ?? '',
		notes: c.notes ?? '',
		version: String(c.version)
	};
}

/**
 * Many customers in one statement: each column travels as one array parameter and unnest
 * zips them back into rows, which is much cheaper than thousands of scalar parameters.
 * Tags are joined by U+001F (text fields never contain control characters).
 */
export async function insertMany(
	db: Kysely<DB>,
	orgId: string,
	createdBy: string,
	importId: string | null,
	rows: CustomerValues[]
) {
	if (rows.length === 0) return;
	const col = <K extends keyof CustomerValues>(k: K) => rows.map((r) => r[k]);
	await sql`
		insert into customers (organisation_id, created_by, import_id, kind, name, tier, tags,
			channel, email, phone, city, industry, annual_value, acquisition_source,
			acquisition_cost, owner_id, consent, consent_at, notes)
		select ${orgId}::uuid, ${createdBy}::uuid, ${importId}::uuid, kind, name, tier,
			string_to_array(tags, U&'\\001F'), channel, email, phone, city, industry, annual_value,
			acquisition_source, acquisition_cost, owner_id, consent, consent_at, notes
		from unnest(${col('kind')}::text[], ${col('name')}::text[], ${col('tier')}::text[],
			${rows.map((r) => r.tags.join('\u001f'))}::text[], ${col('channel')}::text[],
			${col('email')}::text[], ${col('phone')}::text[], ${col('city')}::text[],
			${col('industry')}::text[], ${col('annual_value')}::numeric[],
			${col('acquisition_source')}::text[], ${col('acquisition_cost')}::numeric[],
			${col('owner_id')}::uuid[], ${col('consent')}::boolean[], ${col('consent_at')}::date[],
			${col('notes')}::text[])
		as v(kind, name, tier, tags, channel, email, phone, city, industry, annual_value,
			acquisition_source, acquisition_cost, owner_id, consent, consent_at, notes)`.execute(db);
}
