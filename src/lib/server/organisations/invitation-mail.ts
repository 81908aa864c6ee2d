// An invitation mailed by an owner: the link is minted as the mail goes out (the token the row
// held until then is one nobody has), in the invitee's language — their account's, otherwise
// the organisation's, chosen when it was queued. A revoked, accepted or expired invitation sends
// nothing.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { formatDate, isLocale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { renewInvitationToken } from './service';
import { renderMail } from '$lib/server/mail/layout';
import type { OutboxRow } from '$lib/server/mail/outbox';
import { senderOf } from '$lib/server/mail/sender';
import type { PrepareContext, PreparedMail } from '$lib/server/mail/worker';

export async function prepareInvitation(
	db: Kysely<DB>,
	row: OutboxRow,
	{ config }: PrepareContext
): Promise<PreparedMail | null> {
	const invitationId = (row.payload as { invitationId?: string }).invitationId ?? '';
	const invitation = await db
		.selectFrom('invitations as i')
		.innerJoin('organisations as o', 'o.id', 'i.organisation_id')
		.select(['i.id', 'i.role', 'i.expires_at', 'o.name as organisation'])
		.where('i.id', '=', invitationId)
		.where('i.organisation_id', '=', row.organisation_id)
		.executeTakeFirst();
	if (!invitation) return null;
	const token = await renewInvitationToken(db, invitation.id);
	if (!token) return null;
	const locale = isLocale(row.locale) ? row.locale : 'en';
	const t = serverT(locale);
	const sender = await senderOf(db, row);
	const app = t('common.app_name');
	const params = {
		sender: sender.name ?? '',
		organisation: invitation.organisation,
		app,
		role: t(`common.roles.${invitation.role}`),
		role_help: t(`orgs.role_help.${invitation.role}`)
	};
	return {
		to: { name: '', address: row.recipient },
		...sender,
		rendered: renderMail(locale, {
			subject: t('mail.invitation.subject', params),
			heading: t('mail.invitation.heading', params),
			paragraphs: [
				t(sender.name ? 'mail.invitation.body' : 'mail.invitation.body_anonymous_sender', params),
				t('mail.invitation.account')
			],
			action: { label: t('mail.invitation.action'), url: `${config.origin}/invite/${token}` },
			footnotes: [
				t('mail.invitation.until', { date: formatDate(locale, invitation.expires_at) }),
				t('mail.invitation.why', params)
			]
		})
	};
}
