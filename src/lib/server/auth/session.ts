// Sessions as in the Lucia guide: a random token in the cookie, its SHA-256 in the database,
// a 30-day expiry that slides forward when less than half of it is left.
import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { OrganisationSummary } from '$lib/server/organisations/repository';
import { generateToken, hashToken, isTokenShaped } from '$lib/server/tokens';

export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	locale: 'en' | 'fa';
	lastOrganisationId: string | null;
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export async function createSession(db: Kysely<DB>, userId: string) {
	const token = generateToken();
	const session: Session = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(Date.now() + SESSION_LIFETIME)
	};
	await db
		.insertInto('sessions')
		.values({ id: session.id, user_id: userId, expires_at: session.expiresAt })
		.execute();
	return { token, session };
}

export async function validateSessionToken(
	db: Kysely<DB>,
	token: string
): Promise<{ session: Session; user: SessionUser; memberships: OrganisationSummary[] } | null> {
	if (!isTokenShaped(token)) return null;
	const id = hashToken(token);
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.expires_at',
			'users.id as user_id',
			'users.email',
			'users.name',
			'users.locale',
			'users.last_organisation_id',
			// The user's organisations come with the session: nearly every page needs them (the
			// switcher, and the membership check of every organisation's page), so one query
			// answers both instead of two more per page view.
			sql<OrganisationSummary[]>`coalesce((
				select json_agg(json_build_object('id', o.id, 'name', o.name, 'role', m.role) order by o.name, o.id)
				from memberships m join organisations o on o.id = m.organisation_id
				where m.user_id = users.id), '[]'::json)`.as('memberships')
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const session: Session = { id: row.id, userId: row.user_id, expiresAt: row.expires_at };
	if (Date.now() >= session.expiresAt.getTime()) {
		await db.deleteFrom('sessions').where('id', '=', id).execute();
		return null;
	}
	if (Date.now() >= session.expiresAt.getTime() - SESSION_LIFETIME / 2) {
		session.expiresAt = new Date(Date.now() + SESSION_LIFETIME);
		await db
			.updateTable('sessions')
			.set({ expires_at: session.expiresAt })
			.where('id', '=', id)
			.execute();
	}
	return {
		session,
		memberships: row.memberships,
		user: {
			id: row.user_id,
			email: row.email,
			name: row.name,
			locale: row.locale === 'fa' ? 'fa' : 'en',
			lastOrganisationId: row.last_organisation_id
		}
	};
}

export async function invalidateSession(db: Kysely<DB>, sessionId: string) {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function invalidateUserSessions(db: Kysely<DB>, userId: string, except?: string) {
	let q = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (except) q = q.where('id', '<>', except);
	await q.execute();
}
