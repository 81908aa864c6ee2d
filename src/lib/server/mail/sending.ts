// What any member may send to typed addresses is limited, so that the app cannot be used to
// spam: per person per hour, per organisation per day, and per client address per day (an
// attacker can make accounts and organisations, not addresses). Counted in recipients.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { hashedKey, take, type Quota } from './quota';

const HOUR = 3_600_000;
export const SEND_PER_USER: Quota = { bucket: 'send:user', limit: 150, windowMs: HOUR };
export const SEND_PER_ORGANISATION: Quota = { bucket: 'send:org', limit: 500, windowMs: 24 * HOUR };
export const SEND_PER_CLIENT: Quota = { bucket: 'send:client', limit: 600, windowMs: 24 * HOUR };

/** Takes `recipients` from the sender's quotas (inside the sending transaction), or says no. */
export async function takeSendingQuota(
	trx: Kysely<DB>,
	sender: { userId: string; organisationId: string; client: string },
	recipients: number
): Promise<'errors.too_many_mails' | null> {
	const over = await take(
		trx,
		[
			{ quota: SEND_PER_USER, key: sender.userId },
			{ quota: SEND_PER_ORGANISATION, key: sender.organisationId },
			{ quota: SEND_PER_CLIENT, key: hashedKey(sender.client) }
		],
		recipients
	);
	return over ? 'errors.too_many_mails' : null;
}
