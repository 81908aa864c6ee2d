// Who a mail comes from when a person sent it: their name beside the app's, and their address
// to reply to. Read when the mail goes out; a deleted account leaves the app's name alone.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { OutboxRow } from './outbox';
import type { PreparedMail } from './worker';

export async function senderOf(
	db: Kysely<DB>,
	row: OutboxRow
): Promise<Pick<PreparedMail, 'onBehalfOf' | 'replyTo'> & { name: string | null }> {
	const user = row.created_by
		? await db
				.selectFrom('users')
				.select(['name', 'email'])
				.where('id', '=', row.created_by)
				.executeTakeFirst()
		: undefined;
	if (!user) return { name: null };
	return {
		name: user.name,
		onBehalfOf: user.name,
		replyTo: { name: user.name, address: user.email }
	};
}
