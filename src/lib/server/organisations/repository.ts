import { sql, type Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import type { DB } from '$lib/server/db/schema';
import type { Role } from './roles';

export interface OrganisationSummary {
	id: string;
	name: string;
	role: Role;
}

export async function create(db: Kysely<DB>, userId: string, name: string) {
	return db.transaction().execute(async (trx) => {
		const org = await trx
			.insertInto('organisations')
			// Its mail to people without an account starts in its creator's language.
			.values({
				name,
				created_by: userId,
				locale: sql<string>`(select locale from users where id = ${userId})`
			})
			.returning(['id', 'name'])
			.executeTakeFirstOrThrow();
		await trx
			.insertInto('memberships')
			.values({ organisation_id: org.id, user_id: userId, role: 'owner' })
			.execute();
		return org;
	});
}

export async function listForUser(db: Kysely<DB>, userId: string): Promise<OrganisationSummary[]> {
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.select(['organisations.id', 'organisations.name', 'memberships.role'])
		.where('memberships.user_id', '=', userId)
		.orderBy('organisations.name')
		.orderBy('organisations.id')
		.execute();
	return rows as OrganisationSummary[];
}

/** The organisation as seen by one user, or undefined when that user is not a member. */
export async function findForMember(db: Kysely<DB>, orgId: string, userId: string) {
	const row = await db
		.selectFrom('memberships')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.select(['organisations.id', 'organisations.name', 'memberships.role'])
		.where('memberships.organisation_id', '=', orgId)
		.where('memberships.user_id', '=', userId)
		.executeTakeFirst();
	return row as OrganisationSummary | undefined;
}

/** The organisation's name, and the language of its mail to people without an account. */
export async function saveGeneral(
	db: Kysely<DB>,
	orgId: string,
	general: { name: string; locale: Locale }
) {
	await db
		.updateTable('organisations')
		.set({ ...general, updated_at: new Date() })
		.where('id', '=', orgId)
		.execute();
}

export async function listMembers(db: Kysely<DB>, orgId: string) {
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.created_at'])
		.where('memberships.organisation_id', '=', orgId)
		.orderBy('users.name')
		.execute();
	return rows as { id: string; name: string; email: string; role: Role; created_at: Date }[];
}

/** Open invitations, each with its address and its mail's state when it was mailed. */
export async function listOpenInvitations(db: Kysely<DB>, orgId: string) {
	return db
		.selectFrom('invitations as i')
		.select(['i.id', 'i.role', 'i.email', 'i.created_at', 'i.expires_at'])
		.select(
			sql<'pending' | 'sent' | 'failed' | null>`(select o.status from mail_outbox o
				where o.kind = 'invitation' and o.organisation_id = i.organisation_id
				and o.payload->>'invitationId' = i.id::text
				order by o.created_at desc limit 1)`.as('mail')
		)
		.where('i.organisation_id', '=', orgId)
		.where('i.accepted_at', 'is', null)
		.where('i.revoked_at', 'is', null)
		.where('i.expires_at', '>', new Date())
		.orderBy('i.created_at', 'desc')
		.execute();
}

export async function setLastOrganisation(db: Kysely<DB>, userId: string, orgId: string) {
	await db
		.updateTable('users')
		.set({ last_organisation_id: orgId })
		.where('id', '=', userId)
		.execute();
}

export async function languageOf(db: Kysely<DB>, orgId: string): Promise<Locale> {
	const row = await db
		.selectFrom('organisations')
		.select('locale')
		.where('id', '=', orgId)
		.executeTakeFirst();
	return row?.locale === 'fa' ? 'fa' : 'en';
}
