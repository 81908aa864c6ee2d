// Invitations and workshop join links by mail, against the build with a real SMTP server: the
// invitee's language (their account's, else the organisation's), a link minted as the mail goes
// out, accepted once; the state of each invitation's mail in Settings; a workshop's link mailed
// in its language; and, on PostgreSQL (where the test can read the database), an anonymous
// session's addresses gone from the outbox once sent.
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { Client, createOrganisation, signUp, uniqueEmail } from './client';
import { linkIn, mailTo, waitForMail } from './mail';

const engine = inject('engine');
const pathOf = (url: string) => new URL(url).pathname;
const persianDigits = /[۰-۹]/;

describe(`invitations and join links by mail (${engine})`, () => {
	it('mails an invitation in the organisation’s language to an address without an account; accepted once', async () => {
		const owner = new Client();
		await signUp(owner, 'Owner Olga');
		const orgId = await createOrganisation(owner, 'Shiraz Textiles');
		const saved = await owner.action(`/orgs/${orgId}/settings?/rename`, {
			name: 'Shiraz Textiles',
			locale: 'fa'
		});
		expect(saved.type).toBe('success');
		const invitee = uniqueEmail('invitee');
		const sent = await owner.action(`/orgs/${orgId}/settings?/invite`, {
			role: 'consultant',
			email: invitee.toUpperCase()
		});
		expect(sent).toMatchObject({ type: 'success', data: { invite: { mailed: { sent: 1 } } } });
		expect(JSON.stringify(sent.data)).not.toContain('/invite/');

		const mail = await waitForMail(invitee);
		expect(mail.parsed.subject).toBe('پیوستن به Shiraz Textiles در سنجش آمادگی CRM');
		expect(mail.parsed.html).toContain('<html lang="fa" dir="rtl">');
		expect(mail.parsed.from?.value[0]?.name).toBe('Owner Olga (سنجش آمادگی CRM)');
		expect(mail.parsed.replyTo?.value[0]?.name).toBe('Owner Olga');
		// The expiry date: Persian calendar, Persian digits.
		const until = mail.parsed.text?.split('\n').find((l) => l.includes('این پیوند یک بار')) ?? '';
		expect(until).toMatch(persianDigits);
		expect(until).toMatch(/(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)/);
		const link = linkIn(mail, '/invite/');

		const settings = await (await owner.get(`/orgs/${orgId}/settings`)).text();
		expect(settings).toContain(invitee);
		expect(settings).toContain('Mailed');

		const guest = new Client();
		await signUp(guest, 'Guest Gita');
		const accepted = await guest.action(pathOf(link));
		expect(accepted).toMatchObject({ type: 'redirect', location: `/orgs/${orgId}` });
		expect((await guest.get(`/orgs/${orgId}`)).status).toBe(200);
		// Once only: another account is refused.
		const late = new Client();
		await signUp(late, 'Late Laleh');
		expect(await late.action(pathOf(link))).toMatchObject({
			status: 400,
			data: { error: 'errors.invitation_invalid' }
		});
	});

	it('writes to an invitee with an account in their own language, and refuses a bad address', async () => {
		const owner = new Client();
		await signUp(owner, 'Owner Omid');
		const orgId = await createOrganisation(owner, 'Tabriz Carpets');
		const member = new Client();
		const account = await signUp(member, 'Reader Reza');
		await member.action('/language', { lang: 'fa' });
		await owner.action(`/orgs/${orgId}/settings?/invite`, { role: 'viewer', email: account.email });
		expect((await waitForMail(account.email)).parsed.html).toContain('dir="rtl"');

		const bad = await owner.action(`/orgs/${orgId}/settings?/invite`, {
			role: 'viewer',
			email: 'Eve <eve@example.com>\r\nBcc: x@example.com'
		});
		expect(bad).toMatchObject({
			status: 400,
			data: { invite: { errors: { email: { key: 'errors.invalid_email' } } } }
		});
		// Without an address: the link to copy, as before.
		const copy = await owner.action(`/orgs/${orgId}/settings?/invite`, { role: 'viewer' });
		expect((copy.data as { invite: { link: string } }).invite.link).toMatch(
			/\/invite\/[a-z2-7]{32}$/
		);
	});

	it('mails a Persian workshop’s join link; an anonymous session keeps no address once sent', async () => {
		const owner = new Client();
		await signUp(owner, 'Facilitator Farid');
		const orgId = await createOrganisation(owner, 'Kish Logistics');
		const created = await owner.action(`/orgs/${orgId}/assessments/new?/create`, {
			title: 'کارگاه آغازین',
			mode: 'workshop',
			anonymous: 'on',
			lenses: 'strategic-planning',
			locale: 'fa'
		});
		const live = `/orgs/${orgId}/assessments/${created.location?.split('/')[4]}/live`;
		await owner.action(`${live}?/open`);
		const people = [uniqueEmail('p1'), uniqueEmail('p2')];
		const bad = await owner.action(`${live}?/mail`, { addresses: `${people[0]}, not-an-address` });
		expect(bad).toMatchObject({
			status: 400,
			data: {
				errors: {
					addresses: { key: 'errors.invalid_email_in_list', params: { address: 'not-an-address' } }
				}
			}
		});
		expect(await mailTo(people[0] as string)).toEqual([]);

		const sent = await owner.action(`${live}?/mail`, { addresses: people.join('\n') });
		expect(sent).toMatchObject({
			type: 'success',
			data: { mailed: { sent: 2, pending: 0, failed: 0 } }
		});
		for (const p of people) {
			const mail = await waitForMail(p);
			expect(mail.parsed.subject).toBe('پیوستن به کارگاه «کارگاه آغازین»');
			expect(mail.parsed.text).toContain('این جلسه بی‌نام است');
			expect(linkIn(mail, '/j/')).toMatch(/\/j\/[a-z2-9]{10}$/);
			expect(mail.to).toEqual([p]);
		}
		const url = inject('databaseUrl');
		if (url) {
			const db = new pg.Client({ connectionString: url });
			await db.connect();
			const { rows } = await db.query(
				`select recipient from mail_outbox where recipient = any($1)`,
				[people]
			);
			await db.end();
			expect(rows).toEqual([]);
		}
	});

	it('keeps a hostile organisation name inside one subject line', async () => {
		const owner = new Client();
		await signUp(owner, 'Owner Ora');
		const orgId = await createOrganisation(owner, 'Evil Co\r\nBcc: injected@example.com');
		const invitee = uniqueEmail('subject');
		await owner.action(`/orgs/${orgId}/settings?/invite`, { role: 'viewer', email: invitee });
		const mail = await waitForMail(invitee);
		const head = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'));
		expect(head).not.toMatch(/^bcc:/im);
		expect(head.match(/^subject:/gim)).toHaveLength(1);
		expect(mail.parsed.subject).toBe('Join Evil Co Bcc: injected@example.com on CRM Readiness');
		expect(mail.to).toEqual([invitee]);
		expect(await mailTo('injected@example.com')).toEqual([]);
	});

	it('lets a viewer neither invite nor mail a join link', async () => {
		const owner = new Client();
		await signUp(owner, 'Owner Ova');
		const orgId = await createOrganisation(owner, 'Viewer Co');
		const viewer = new Client();
		const v = await signUp(viewer, 'Viewer Vida');
		await owner.action(`/orgs/${orgId}/settings?/invite`, { role: 'viewer', email: v.email });
		await viewer.action(pathOf(linkIn(await waitForMail(v.email), '/invite/')));
		const res = await viewer.action(`/orgs/${orgId}/settings?/invite`, {
			role: 'owner',
			email: uniqueEmail('x')
		});
		expect(res.status).toBe(403);
	});
});
