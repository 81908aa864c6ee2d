// Password reset links: a random token mailed to the account's address, only its SHA-256
// stored; one use, one hour, and a newer link replaces the older ones. Using one sets the new
// password and ends every session of the account.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';
import { generateToken, hashToken, isTokenShaped } from '$lib/server/tokens';

export const RESET_LIFETIME_MS = 60 * 60 * 1000;

export type ResetProblem =
	| 'auth.reset.errors.unknown'
	| 'auth.reset.errors.expired'
	| 'auth.reset.errors.used'
	| 'auth.reset.errors.revoked';

/** A new link for the account; the account's earlier links stop working. */
export async function mintResetToken(db: Kysely<DB>, userId: string) {
	const token = generateToken();
	const expiresAt = new Date(Date.now() + RESET_LIFETIME_MS);
	await db.transaction().execute(async (trx) => {
		await revokeResetTokens(trx, userId);
		await trx
			.insertInto('password_resets')
			.values({ token_hash: hashToken(token), user_id: userId, expires_at: expiresAt })
			.execute();
	});
	return { token, expiresAt };
}

export async function revokeResetTokens(db: Kysely<DB>, userId: string) {
	await db
		.updateTable('password_resets')
		.set({ revoked_at: new Date() })
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.where('revoked_at', 'is', null)
		.execute();
}

function problemOf(row: { used_at: Date | null; revoked_at: Date | null; expires_at: Date }) {
	if (row.used_at) return 'auth.reset.errors.used' as const;
	if (row.revoked_at) return 'auth.reset.errors.revoked' as const;
	if (row.expires_at.getTime() <= Date.now()) return 'auth.reset.errors.expired' as const;
	return null;
}

/**
 * A new password for an account from outside it (a reset link, the operator's command): the
 * account's other links stop working and every one of its sessions ends. Inside a transaction.
 */
export async function setPassword(trx: Kysely<DB>, userId: string, passwordHash: string) {
	await trx
		.updateTable('users')
		.set({ password_hash: passwordHash, updated_at: new Date() })
		.where('id', '=', userId)
		.execute();
	await revokeResetTokens(trx, userId);
	await invalidateUserSessions(trx, userId);
}

/** Who a link resets, or why it cannot. */
export async function checkResetToken(
	db: Kysely<DB>,
	token: string
): Promise<{ ok: true; email: string } | { ok: false; error: ResetProblem }> {
	if (!isTokenShaped(token)) return { ok: false, error: 'auth.reset.errors.unknown' };
	const row = await db
		.selectFrom('password_resets')
		.innerJoin('users', 'users.id', 'password_resets.user_id')
		.select(['users.email', 'used_at', 'revoked_at', 'expires_at'])
		.where('token_hash', '=', hashToken(token))
		.executeTakeFirst();
	if (!row) return { ok: false, error: 'auth.reset.errors.unknown' };
	const problem = problemOf(row);
	return problem ? { ok: false, error: problem } : { ok: true, email: row.email };
}

/**
 * Sets the new password with the link, once: claiming the link and checking it are one
 * statement, so two racing uses cannot both succeed. Every session of the account ends.
 */
export async function resetPassword(
	db: Kysely<DB>,
	token: string,
	password: string
): Promise<{ ok: true; userId: string } | { ok: false; error: ResetProblem }> {
	const checked = await checkResetToken(db, token);
	if (!checked.ok) return checked;
	const passwordHash = await hashPassword(password);
	return db.transaction().execute(async (trx) => {
		const claimed = await trx
			.updateTable('password_resets')
			.set({ used_at: new Date() })
			.where('token_hash', '=', hashToken(token))
			.where('used_at', 'is', null)
			.where('revoked_at', 'is', null)
			.where('expires_at', '>', new Date())
			.returning('user_id')
			.executeTakeFirst();
		if (!claimed) return { ok: false, error: 'auth.reset.errors.used' } as const;
		await setPassword(trx, claimed.user_id, passwordHash);
		// A forgotten password is often followed by failed logins: they no longer count.
		await trx.deleteFrom('login_failures').where('account', '=', checked.email).execute();
		return { ok: true, userId: claimed.user_id } as const;
	});
}
