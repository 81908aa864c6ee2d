// An invitation mailed by an owner: the link is minted as the mail goes out (the token the row
// held until then is one nobody has), in the invitee's language — their account's, otherwise
// the organisation's, chosen when it was queued. A revoked, accepted or expired invitation sends
// nothing.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { formatDate, isLocale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { queue } from '$lib/server/mail';
import { takeSendingQuota } from '$lib/server/mail/sending';
import { languageOf } from './repository';
import type { Role } from './roles';
import { createMailedInvitation, renewInvitationToken } from './service';
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

/**
 * Invites `email` by mail: the invitation and its mail in one transaction, counted against the
 * owner's sending limits, in the invitee's language (their account's, else the organisation's).
 */
export async function mailInvitation(
	db: Kysely<DB>,
	input: { orgId: string; role: Role; email: string; by: string; client: string }
) {
	return db.transaction().execute(async (trx) => {
		const over = await takeSendingQuota(
			trx,
			{ userId: input.by, organisationId: input.orgId, client: input.client },
			1
		);
		if (over) return { ok: false, error: over } as const;
		const account = await trx
			.selectFrom('users')
			.select('locale')
			.where('email', '=', input.email)
			.executeTakeFirst();
		const locale = isLocale(account?.locale) ? account.locale : await languageOf(trx, input.orgId);
		const invitation = await createMailedInvitation(trx, input.orgId, input);
		const batch = await queue(trx, [
			{
				kind: 'invitation',
				recipient: input.email,
				locale,
				organisationId: input.orgId,
				createdBy: input.by,
				payload: { invitationId: invitation.id },
				giveUpAfterMs: invitation.expiresAt.getTime() - Date.now()
			}
		]);
		return { ok: true, batch } as const;
	});
}
