// A roadmap mailed by a consultant or owner: the PDF attached, or — over the attachment limit —
// a link of the recipient's own that works until the mailing expires (minted now, stored
// hashed). In the recipient's language (a member's own; for a typed address, the roadmap's).
import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { FieldErrors } from '$lib/types/forms';
import { queue } from '$lib/server/mail';
import { MAX_RECIPIENTS } from '$lib/server/mail/addresses';
import { takeSendingQuota } from '$lib/server/mail/sending';
import { roadmapPdf } from './pdf';
import { formatDate, formatNumber, isLocale, type Locale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { generateToken, hashToken } from '$lib/server/tokens';
import { renderMail } from '$lib/server/mail/layout';
import type { OutboxRow } from '$lib/server/mail/outbox';
import { senderOf } from '$lib/server/mail/sender';
import type { PrepareContext, PreparedMail } from '$lib/server/mail/worker';

export const ROADMAP_LINK_DAYS = 7;
const DAY = 24 * 3_600_000;

export interface RoadmapSending {
	orgId: string;
	assessmentId: string;
	userId: string;
	client: string;
	locale: Locale;
	memberIds: string[];
	addresses: string[];
	note: string | null;
}

/**
 * Mails the roadmap, rendered once in the chosen language, to members of the organisation (in
 * their own language) and typed addresses (in the roadmap's, or their account's): the mailing
 * and its mail in one transaction, within the sender's limits. Refuses, writing nothing, a member
 * id that is not a member here, no recipient at all, too many, or a roadmap with no answers.
 */
export async function sendRoadmap(
	db: Kysely<DB>,
	input: RoadmapSending
): Promise<
	| { ok: true; batch: Awaited<ReturnType<typeof queue>> }
	| { ok: false; status: number; errors: FieldErrors }
> {
	const members = input.memberIds.length
		? await db
				.selectFrom('memberships as m')
				.innerJoin('users as u', 'u.id', 'm.user_id')
				.select(['u.email', 'u.locale'])
				.where('m.organisation_id', '=', input.orgId)
				.where('m.user_id', 'in', input.memberIds)
				.execute()
		: [];
	if (members.length !== input.memberIds.length)
		return { ok: false, status: 400, errors: { members: { key: 'errors.not_found' } } };
	const recipients = new Map<string, Locale>();
	for (const m of members)
		recipients.set(m.email.toLowerCase(), isLocale(m.locale) ? m.locale : 'en');
	const typed = input.addresses.filter((a) => !recipients.has(a));
	const accounts = typed.length
		? await db.selectFrom('users').select(['email', 'locale']).where('email', 'in', typed).execute()
		: [];
	for (const a of typed) {
		const account = accounts.find((u) => u.email.toLowerCase() === a);
		recipients.set(a, isLocale(account?.locale) ? account.locale : input.locale);
	}
	if (recipients.size === 0)
		return { ok: false, status: 400, errors: { _form: { key: 'plan.mail.no_recipients' } } };
	if (recipients.size > MAX_RECIPIENTS)
		return {
			ok: false,
			status: 400,
			errors: { _form: { key: 'errors.too_many_addresses', params: { max: MAX_RECIPIENTS } } }
		};
	const ref = { orgId: input.orgId, assessmentId: input.assessmentId };
	const rendered = await roadmapPdf(db, ref, input.locale);
	if (!rendered.ok)
		return { ok: false, status: rendered.status, errors: { _form: { key: rendered.error } } };
	return db.transaction().execute(async (trx) => {
		const sender = { userId: input.userId, organisationId: input.orgId, client: input.client };
		const over = await takeSendingQuota(trx, sender, recipients.size);
		if (over) return { ok: false, status: 429, errors: { _form: { key: over } } } as const;
		const mailing = await trx
			.insertInto('roadmap_mailings')
			.values({
				organisation_id: input.orgId,
				assessment_id: input.assessmentId,
				sent_by: input.userId,
				locale: input.locale,
				note: input.note,
				file_name: rendered.fileName,
				pdf: rendered.pdf,
				expires_at: new Date(Date.now() + ROADMAP_LINK_DAYS * DAY)
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const batch = await queue(
			trx,
			[...recipients].map(([recipient, locale]) => ({
				kind: 'roadmap' as const,
				recipient,
				locale,
				organisationId: input.orgId,
				createdBy: input.userId,
				payload: { mailingId: mailing.id },
				giveUpAfterMs: 3 * DAY
			}))
		);
		return { ok: true, batch } as const;
	});
}

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
