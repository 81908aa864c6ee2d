// A roadmap mailed by a consultant or owner: the PDF attached, or — over the attachment limit —
// a link of the recipient's own that works until the mailing expires (minted now, stored
// hashed). In the recipient's language (a member's own; for a typed address, the roadmap's).
import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { formatDate, formatNumber, isLocale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { generateToken, hashToken } from '$lib/server/auth/tokens';
import { renderMail } from '$lib/server/mail/layout';
import type { OutboxRow } from '$lib/server/mail/outbox';
import { senderOf } from '$lib/server/mail/sender';
import type { PrepareContext, PreparedMail } from '$lib/server/mail/worker';

export const ROADMAP_LINK_DAYS = 7;

export async function prepareRoadmap(
	db: Kysely<DB>,
	row: OutboxRow,
	{ config }: PrepareContext
): Promise<PreparedMail | null> {
	const mailingId = (row.payload as { mailingId?: string }).mailingId ?? '';
	const mailing = await db
		.selectFrom('roadmap_mailings as m')
		.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
		.innerJoin('assessments as a', 'a.id', 'm.assessment_id')
		.select(['m.id', 'm.note', 'm.file_name', 'm.pdf', 'm.created_at', 'm.expires_at'])
		.select(['o.name as organisation', 'a.title'])
		.where('m.id', '=', mailingId)
		.where('m.organisation_id', '=', row.organisation_id)
		.executeTakeFirst();
	if (!mailing || mailing.expires_at <= new Date()) return null;
	const locale = isLocale(row.locale) ? row.locale : 'en';
	const t = serverT(locale);
	const sender = await senderOf(db, row);
	const who = sender.name ?? t('mail.roadmap.someone');
	const attach = mailing.pdf.length <= config.attachmentLimit;
	let action: { label: string; url: string } | undefined;
	if (!attach) {
		const token = generateToken();
		await db
			.insertInto('roadmap_links')
			.values({ token_hash: hashToken(token), mailing_id: mailing.id })
			.execute();
		action = { label: t('mail.roadmap.download'), url: `${config.origin}/roadmap/${token}` };
	}
	const size = formatNumber(locale, mailing.pdf.length / 1024 / 1024, { maximumFractionDigits: 1 });
	return {
		to: { name: '', address: row.recipient },
		...sender,
		rendered: renderMail(locale, {
			subject: t('mail.roadmap.subject', { organisation: mailing.organisation }),
			heading: t('mail.roadmap.heading'),
			paragraphs: [
				t('mail.roadmap.body', {
					sender: who,
					organisation: mailing.organisation,
					title: mailing.title,
					date: formatDate(locale, mailing.created_at)
				}),
				t(attach ? 'mail.roadmap.attached' : 'mail.roadmap.linked', { size })
			],
			note: mailing.note
				? { label: t('mail.roadmap.note', { sender: who }), text: mailing.note }
				: undefined,
			action,
			footnotes: [
				...(attach
					? []
					: [t('mail.roadmap.until', { date: formatDate(locale, mailing.expires_at) })]),
				t('mail.roadmap.why', { sender: who, organisation: mailing.organisation })
			]
		}),
		attachments: attach
			? [{ filename: mailing.file_name, content: mailing.pdf, contentType: 'application/pdf' }]
			: undefined
	};
}

/** Mailings whose mail has all gone and whose links (if any) have expired: their PDF goes. */
export async function purgeRoadmapMailings(db: Kysely<DB>) {
	await sql`delete from roadmap_mailings m
		where m.expires_at <= now()
		or (not exists (select 1 from roadmap_links l where l.mailing_id = m.id)
			and not exists (select 1 from mail_outbox o where o.kind = 'roadmap'
				and o.status = 'pending' and o.payload->>'mailingId' = m.id::text))`.execute(db);
}

/** The mailed roadmap behind a link, if it still works. */
export async function findRoadmapLink(db: Kysely<DB>, token: string) {
	return db
		.selectFrom('roadmap_links as l')
		.innerJoin('roadmap_mailings as m', 'm.id', 'l.mailing_id')
		.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
		.innerJoin('assessments as a', 'a.id', 'm.assessment_id')
		.select([
			'm.id',
			'm.file_name',
			'm.created_at',
			'm.expires_at',
			'o.name as organisation',
			'a.title'
		])
		.select((eb) => eb.fn<number>('octet_length', ['m.pdf']).as('size'))
		.where('l.token_hash', '=', hashToken(token))
		.where('m.expires_at', '>', new Date())
		.executeTakeFirst();
}

/** The PDF itself, with the file name it was sent under. */
export async function findRoadmapPdf(db: Kysely<DB>, token: string) {
	const row = await db
		.selectFrom('roadmap_links as l')
		.innerJoin('roadmap_mailings as m', 'm.id', 'l.mailing_id')
		.select(['m.pdf', 'm.file_name'])
		.where('l.token_hash', '=', hashToken(token))
		.where('m.expires_at', '>', new Date())
		.executeTakeFirst();
	return row ? { pdf: row.pdf, disposition: `attachment; filename="${row.file_name}"` } : undefined;
}
