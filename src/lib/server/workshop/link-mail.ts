// A workshop's join link, mailed by its facilitator in the workshop's language. Sent only while
// the session still takes participants; for an anonymous session the row (the address) is
// deleted once sent (see ../outbox.ts `forget`).
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { formatDateTime, isLocale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { joinable } from './repository';
import { renderMail } from '$lib/server/mail/layout';
import type { OutboxRow } from '$lib/server/mail/outbox';
import { senderOf } from '$lib/server/mail/sender';
import type { PrepareContext, PreparedMail } from '$lib/server/mail/worker';

export async function prepareWorkshopLink(
	db: Kysely<DB>,
	row: OutboxRow,
	{ config }: PrepareContext
): Promise<PreparedMail | null> {
	const assessmentId = (row.payload as { assessmentId?: string }).assessmentId ?? '';
	const session = await db
		.selectFrom('assessments as a')
		.innerJoin('organisations as o', 'o.id', 'a.organisation_id')
		.select([
			'a.title',
			'a.anonymous',
			'a.status',
			'a.join_code',
			'a.join_expires_at',
			'o.name as organisation'
		])
		.where('a.id', '=', assessmentId)
		.where('a.organisation_id', '=', row.organisation_id)
		.where('a.mode', '=', 'workshop')
		.executeTakeFirst();
	if (!session?.join_code || !joinable(session)) return null;
	const locale = isLocale(row.locale) ? row.locale : 'en';
	const t = serverT(locale);
	const sender = await senderOf(db, row);
	const until = formatDateTime(locale, session.join_expires_at as Date, 'UTC');
	return {
		to: { name: '', address: row.recipient },
		...sender,
		rendered: renderMail(locale, {
			subject: t('mail.workshop.subject', { title: session.title }),
			heading: t('mail.workshop.heading'),
			paragraphs: [
				t(sender.name ? 'mail.workshop.body' : 'mail.workshop.body_anonymous_sender', {
					sender: sender.name ?? '',
					title: session.title,
					organisation: session.organisation
				}),
				...(session.anonymous ? [t('mail.workshop.anonymous')] : []),
				t('mail.workshop.code', { code: session.join_code })
			],
			action: { label: t('mail.workshop.action'), url: `${config.origin}/j/${session.join_code}` },
			footnotes: [
				t('mail.workshop.until', { until }),
				t(session.anonymous ? 'mail.workshop.why_forgotten' : 'mail.workshop.why')
			]
		})
	};
}
