// A customer's interactions (the timeline) and satisfaction entries. Both tables reference
// (organisation_id, customer_id), so a write for another tenant's customer fails in the
// database too; the functions check first and answer false instead.
import { sql, type Kysely } from 'kysely';
import type { Channel } from '$lib/register/fields';
import { classify, type SatisfactionLevel } from '$lib/register/satisfaction';
import type { DB } from '$lib/server/db/schema';

export interface Interaction {
	id: string;
	occurred_on: string;
	channel: Channel;
	summary: string;
	member_name: string | null;
	created_at: Date;
}

export interface SatisfactionEntry {
	id: string;
	measured_on: string;
	expectation: number;
	performance: number;
	level: SatisfactionLevel;
	gap: number;
	note: string | null;
	member_name: string | null;
}

async function customerExists(db: Kysely<DB>, orgId: string, customerId: string) {
	const row = await db
		.selectFrom('customers')
		.select('id')
		.where('organisation_id', '=', orgId)
		.where('id', '=', customerId)
		.executeTakeFirst();
	return row !== undefined;
}

export async function listInteractions(db: Kysely<DB>, orgId: string, customerId: string) {
	const rows = await db
		.selectFrom('customer_interactions as i')
		.leftJoin('users as u', 'u.id', 'i.member_id')
		.select(['i.id', 'i.occurred_on', 'i.channel', 'i.summary', 'i.created_at'])
		.select('u.name as member_name')
		.where('i.organisation_id', '=', orgId)
		.where('i.customer_id', '=', customerId)
		.orderBy('i.occurred_on', 'desc')
		.orderBy('i.created_at', 'desc')
		.limit(500)
		.execute();
	return rows as Interaction[];
}

export async function addInteraction(
	db: Kysely<DB>,
	orgId: string,
	customerId: string,
	memberId: string,
	entry: { occurred_on: string; channel: Channel; summary: string }
): Promise<boolean> {
	if (!(await customerExists(db, orgId, customerId))) return false;
	await db
		.insertInto('customer_interactions')
		.values({ ...entry, organisation_id: orgId, customer_id: customerId, member_id: memberId })
		.execute();
	return true;
}

export async function listSatisfaction(
	db: Kysely<DB>,
	orgId: string,
	customerId: string
): Promise<SatisfactionEntry[]> {
	const rows = await db
		.selectFrom('customer_satisfaction as s')
		.leftJoin('users as u', 'u.id', 's.member_id')
		.select(['s.id', 's.measured_on', 's.expectation', 's.performance', 's.note'])
		.select('u.name as member_name')
		.where('s.organisation_id', '=', orgId)
		.where('s.customer_id', '=', customerId)
		.orderBy('s.measured_on', 'desc')
		.orderBy('s.created_at', 'desc')
		.limit(500)
		.execute();
	return rows.map((r) => ({ ...r, ...classify(r.expectation, r.performance) }));
}

/** Adds an entry and refreshes the customer's current satisfaction (its latest entry). */
export async function addSatisfaction(
	db: Kysely<DB>,
	orgId: string,
	customerId: string,
	memberId: string,
	entry: { measured_on: string; expectation: number; performance: number; note: string | null }
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		if (!(await customerExists(trx, orgId, customerId))) return false;
		await trx
			.insertInto('customer_satisfaction')
			.values({ ...entry, organisation_id: orgId, customer_id: customerId, member_id: memberId })
			.execute();
		const latest = await trx
			.selectFrom('customer_satisfaction')
			.select(['expectation', 'performance'])
			.where('customer_id', '=', customerId)
			.orderBy('measured_on', 'desc')
			.orderBy('created_at', 'desc')
			.limit(1)
			.executeTakeFirstOrThrow();
		const { level, gap } = classify(latest.expectation, latest.performance);
		await trx
			.updateTable('customers')
			.set({ satisfaction: level, satisfaction_gap: gap, updated_at: sql`now()` })
			.where('organisation_id', '=', orgId)
			.where('id', '=', customerId)
			.execute();
		return true;
	});
}
