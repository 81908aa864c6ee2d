// The reset mail: a link minted when the mail goes out (so no usable token ever waits in the
// outbox), in the account's own language. A request for an address with no account sends
// nothing: the page answered the same either way, and nothing here is seen by the person who
// asked.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { isLocale, isolateLtr } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { mintResetToken } from './reset';
import { renderMail } from '$lib/server/mail/layout';
import type { OutboxRow } from '$lib/server/mail/outbox';
import type { PrepareContext, PreparedMail } from '$lib/server/mail/worker';

export async function prepareReset(
	db: Kysely<DB>,
	row: OutboxRow,
	{ config }: PrepareContext
): Promise<PreparedMail | null> {
	const user = await db
		.selectFrom('users')
		.select(['id', 'name', 'email', 'locale'])
		.where('email', '=', row.recipient)
		.executeTakeFirst();
	if (!user) return null;
	const locale = isLocale(user.locale) ? user.locale : 'en';
	const t = serverT(locale);
	const { token } = await mintResetToken(db, user.id);
	const app = t('common.app_name');
	return {
		to: { name: user.name, address: user.email },
		rendered: renderMail(locale, {
			subject: `${t('mail.reset.subject')} — ${app}`,
			heading: t('mail.reset.heading'),
			paragraphs: [
				t('mail.greeting', { name: user.name }),
				t('mail.reset.body', { app, email: isolateLtr(user.email) })
			],
			action: { label: t('mail.reset.action'), url: `${config.origin}/reset-password/${token}` },
			footnotes: [t('mail.reset.expiry'), t('mail.reset.ignore')]
		})
	};
}
