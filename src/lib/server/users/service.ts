// Sign-up, login and password changes. Returns message keys on failure; never throws for
// ordinary bad input.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { Locale } from '$lib/i18n/locale';
import { dummyVerify, hashPassword, verifyPassword } from '$lib/server/auth/password';
import {
	forgetOldFailures,
	loginSucceeded,
	reserveLoginAttempt
} from '$lib/server/auth/rate-limit';
import { revokeResetTokens } from '$lib/server/auth/reset';
import { invalidateUserSessions } from '$lib/server/auth/session';

export async function signUp(
	db: Kysely<DB>,
	input: { email: string; name: string; password: string; locale: Locale }
): Promise<{ ok: true; userId: string } | { ok: false; error: 'errors.email_taken' }> {
	const passwordHash = await hashPassword(input.password);
	const row = await db
		.insertInto('users')
		.values({
			email: input.email,
			name: input.name,
			password_hash: passwordHash,
			locale: input.locale
		})
		.onConflict((oc) => oc.column('email').doNothing())
		.returning('id')
		.executeTakeFirst();
	return row ? { ok: true, userId: row.id } : { ok: false, error: 'errors.email_taken' };
}

export type LoginResult =
	| { status: 'ok'; userId: string }
	| { status: 'invalid' }
	| { status: 'throttled'; retryAfter: number };

export async function logIn(
	db: Kysely<DB>,
	input: { email: string; password: string; address: string }
): Promise<LoginResult> {
	const account = input.email.toLowerCase();
	// The attempt is counted before the password is checked (see rate-limit.ts).
	const reservation = await reserveLoginAttempt(db, account, input.address);
	if (!reservation.ok) return { status: 'throttled', retryAfter: reservation.retryAfter };
	const user = await db
		.selectFrom('users')
		.select(['id', 'password_hash'])
		.where('email', '=', account)
		.executeTakeFirst();
	const valid = user
		? await verifyPassword(user.password_hash, input.password)
		: await dummyVerify(input.password);
	if (!user || !valid) {
		await forgetOldFailures(db);
		return { status: 'invalid' };
	}
	await loginSucceeded(db, account, input.address, reservation);
	return { status: 'ok', userId: user.id };
}

export async function changePassword(
	db: Kysely<DB>,
	input: { userId: string; current: string; next: string; keepSessionId: string }
): Promise<{ ok: true } | { ok: false; error: 'errors.wrong_password' }> {
	const user = await db
		.selectFrom('users')
		.select('password_hash')
		.where('id', '=', input.userId)
		.executeTakeFirstOrThrow();
	if (!(await verifyPassword(user.password_hash, input.current)))
		return { ok: false, error: 'errors.wrong_password' };
	const passwordHash = await hashPassword(input.next);
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('users')
			.set({ password_hash: passwordHash, updated_at: new Date() })
			.where('id', '=', input.userId)
			.execute();
		// A changed password ends every other session: whoever knew the old one is logged out.
		await invalidateUserSessions(trx, input.userId, input.keepSessionId);
		// …and every reset link mailed before: whoever reads that mailbox cannot undo the change.
		await revokeResetTokens(trx, input.userId);
	});
	return { ok: true };
}

export async function setLocale(db: Kysely<DB>, userId: string, locale: Locale) {
	await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
}

export async function updateProfile(db: Kysely<DB>, userId: string, name: string) {
	await db
		.updateTable('users')
		.set({ name, updated_at: new Date() })
		.where('id', '=', userId)
		.execute();
}
