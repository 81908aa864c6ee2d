// Membership rules: invitations are one-time and expire; the last owner can neither leave,
// be removed nor be demoted.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { generateToken, hashToken, isTokenShaped } from '$lib/server/tokens';
import type { Role } from './roles';

export const INVITATION_DAYS = 7;

export async function createInvitation(db: Kysely<DB>, orgId: string, role: Role, by: string) {
	const token = generateToken();
	await db
		.insertInto('invitations')
		.values({
			organisation_id: orgId,
			token_hash: hashToken(token),
			role,
			created_by: by,
			expires_at: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000)
		})
		.execute();
	return token;
}

/**
 * An invitation to be mailed to `email`: its link is minted when the mail goes out (see
 * ./invitation-mail.ts), so the token stored now is one nobody holds.
 */
export async function createMailedInvitation(
	db: Kysely<DB>,
	orgId: string,
	input: { role: Role; by: string; email: string }
) {
	const row = await db
		.insertInto('invitations')
		.values({
			organisation_id: orgId,
			token_hash: hashToken(generateToken()),
			role: input.role,
			created_by: input.by,
			email: input.email,
			expires_at: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000)
		})
		.returning(['id', 'expires_at'])
		.executeTakeFirstOrThrow();
	return { id: row.id, expiresAt: row.expires_at };
}

/** A fresh token for an invitation that is still open (when its mail is sent), or null. */
export async function renewInvitationToken(db: Kysely<DB>, invitationId: string) {
	const token = generateToken();
	const row = await db
		.updateTable('invitations')
		.set({ token_hash: hashToken(token) })
		.where('id', '=', invitationId)
		.where('accepted_at', 'is', null)
		.where('revoked_at', 'is', null)
		.where('expires_at', '>', new Date())
		.returning('id')
		.executeTakeFirst();
	return row ? token : null;
}

/** Revokes an open invitation of the organisation; false when it has none by that id. */
export async function revokeInvitation(
	db: Kysely<DB>,
	orgId: string,
	invitationId: string
): Promise<boolean> {
	const result = await db
		.updateTable('invitations')
		.set({ revoked_at: new Date() })
		.where('id', '=', invitationId)
		.where('organisation_id', '=', orgId)
		.where('accepted_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** The invitation behind a token, if it can still be accepted. */
export async function findOpenInvitation(db: Kysely<DB>, token: string) {
	if (!isTokenShaped(token)) return undefined;
	return db
		.selectFrom('invitations')
		.innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
		.select([
			'invitations.id',
			'invitations.role',
			'invitations.organisation_id',
			'organisations.name as organisation_name'
		])
		.where('invitations.token_hash', '=', hashToken(token))
		.where('invitations.accepted_at', 'is', null)
		.where('invitations.revoked_at', 'is', null)
		.where('invitations.expires_at', '>', new Date())
		.executeTakeFirst();
}

export type AcceptResult =
	{ ok: true; organisationId: string } | { ok: false; error: 'errors.invitation_invalid' };

export async function acceptInvitation(
	db: Kysely<DB>,
	token: string,
	userId: string
): Promise<AcceptResult> {
	if (!isTokenShaped(token)) return { ok: false, error: 'errors.invitation_invalid' };
	return db.transaction().execute(async (trx) => {
		// Claiming the row and checking it in one statement makes a token usable exactly once.
		const claimed = await trx
			.updateTable('invitations')
			.set({ accepted_at: new Date(), accepted_by: userId })
			.where('token_hash', '=', hashToken(token))
			.where('accepted_at', 'is', null)
			.where('revoked_at', 'is', null)
			.where('expires_at', '>', new Date())
			.returning(['organisation_id', 'role'])
			.executeTakeFirst();
		if (!claimed) return { ok: false, error: 'errors.invitation_invalid' } as const;
		const existing = await trx
			.selectFrom('memberships')
			.select('role')
			.where('organisation_id', '=', claimed.organisation_id)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		// An existing member keeps their role unless the invitation grants more.
		if (!existing) {
			await trx
				.insertInto('memberships')
				.values({ organisation_id: claimed.organisation_id, user_id: userId, role: claimed.role })
				.execute();
		} else if (rank(claimed.role) > rank(existing.role)) {
			await trx
				.updateTable('memberships')
				.set({ role: claimed.role })
				.where('organisation_id', '=', claimed.organisation_id)
				.where('user_id', '=', userId)
				.execute();
		}
		return { ok: true, organisationId: claimed.organisation_id } as const;
	});
}

function rank(role: string) {
	return role === 'owner' ? 2 : role === 'consultant' ? 1 : 0;
}

async function lockOwners(trx: Transaction<DB>, orgId: string) {
	// Row locks on the owners serialise concurrent demotions, so two owners cannot each
	// demote the other and leave the organisation without one.
	const owners = await trx
		.selectFrom('memberships')
		.select('user_id')
		.where('organisation_id', '=', orgId)
		.where('role', '=', 'owner')
		.forUpdate()
		.execute();
	return owners.map((o) => o.user_id);
}

export type MemberChange =
	{ ok: true } | { ok: false; error: 'errors.last_owner' | 'errors.not_found' };

export async function changeRole(
	db: Kysely<DB>,
	orgId: string,
	userId: string,
	role: Role
): Promise<MemberChange> {
	return db.transaction().execute(async (trx) => {
		const owners = await lockOwners(trx, orgId);
		if (role !== 'owner' && owners.length === 1 && owners[0] === userId)
			return { ok: false, error: 'errors.last_owner' } as const;
		const res = await trx
			.updateTable('memberships')
			.set({ role })
			.where('organisation_id', '=', orgId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		return res.numUpdatedRows > 0n
			? ({ ok: true } as const)
			: ({ ok: false, error: 'errors.not_found' } as const);
	});
}

export async function removeMember(
	db: Kysely<DB>,
	orgId: string,
	userId: string
): Promise<MemberChange> {
	return db.transaction().execute(async (trx) => {
		const owners = await lockOwners(trx, orgId);
		if (owners.length === 1 && owners[0] === userId)
			return { ok: false, error: 'errors.last_owner' } as const;
		const res = await trx
			.deleteFrom('memberships')
			.where('organisation_id', '=', orgId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		await trx
			.updateTable('users')
			.set({ last_organisation_id: null })
			.where('id', '=', userId)
			.where('last_organisation_id', '=', orgId)
			.execute();
		return res.numDeletedRows > 0n
			? ({ ok: true } as const)
			: ({ ok: false, error: 'errors.not_found' } as const);
	});
}
