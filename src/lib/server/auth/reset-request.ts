// Asking for a reset link. The answer must not tell whether the address has an account, by its
// words or by its time: this path never looks the address up. It counts the request against
// the limits (by address asked for and by client, the same either way) and writes the request
// to the outbox; the mail worker, later and elsewhere, finds the account or drops the request.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { Locale } from '$lib/i18n/locale';
import { queue } from '$lib/server/mail';
import { hashedKey, take, type Quota } from '$lib/server/mail/quota';
import { RESET_LIFETIME_MS } from './reset';

const HOUR = 3_600_000;
export const RESET_PER_ACCOUNT: Quota = { bucket: 'reset:account', limit: 5, windowMs: HOUR };
export const RESET_PER_CLIENT: Quota = { bucket: 'reset:client', limit: 20, windowMs: HOUR };

export async function requestPasswordReset(
	db: Kysely<DB>,
	input: { email: string; client: string; locale: Locale }
): Promise<{ ok: true } | { ok: false; error: 'errors.too_many_requests' }> {
	return db.transaction().execute(async (trx) => {
		const over = await take(trx, [
			{ quota: RESET_PER_ACCOUNT, key: hashedKey(input.email) },
			{ quota: RESET_PER_CLIENT, key: hashedKey(input.client) }
		]);
		if (over) return { ok: false, error: 'errors.too_many_requests' } as const;
		await queue(trx, [
			{
				kind: 'password_reset',
				recipient: input.email,
				locale: input.locale,
				forget: true,
				giveUpAfterMs: RESET_LIFETIME_MS
			}
		]);
		return { ok: true } as const;
	});
}
