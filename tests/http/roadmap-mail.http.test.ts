// The roadmap by mail, against the build with a real SMTP server: a consultant sends the PDF in
// the language they choose to a member who is a viewer and to a typed address without an
// account, with a note; the attachment is a valid PDF of the roadmap; the note cannot add a
// header; viewers cannot send; a stranger's id sends nothing.
import { describe, expect, inject, it } from 'vitest';
import { openPdf } from '../../src/lib/server/pdf/testing/extract';
import { Client, createOrganisation, signUp, uniqueEmail } from './client';
import { mailTo, waitForMail } from './mail';

const engine = inject('engine');

async function answeredAssessment(owner: Client, orgId: string) {
	const created = await owner.action(`/orgs/${orgId}/assessments/new?/create`, {
		title: 'Readiness 2027',
		mode: 'self',
		lenses: ['strategic-planning', 'failure-risks', 'building-blocks'],
		locale: 'en'
	});
	const base = `/orgs/${orgId}/assessments/${created.location?.split('/')[4]}`;
	await owner.action(`${base}/respond?/start`, { role: 'executive' });
	await owner.request('POST', `${base}/respond/save`, {
		body: JSON.stringify({
			answers: [{ item: 'vision', statement: 'crm-vision', answer: 3, seq: 1 }],
			comments: []
		}),
		headers: { 'content-type': 'application/json' }
	});
	return base;
}

async function join(owner: Client, orgId: string, role: string, name: string) {
	const invite = await owner.action(`/orgs/${orgId}/settings?/invite`, { role });
	const link = (invite.data as { invite: { link: string } }).invite.link;
	const client = new Client();
	const account = await signUp(client, name);
	await client.action(new URL(link).pathname);
	// The member's id: the first role form after their address in Settings' member table.
	const html = await (await owner.get(`/orgs/${orgId}/settings`)).text();
	const after = html.slice(html.indexOf(account.email));
	const id = after.match(/name="userId" value="([0-9a-f-]{36})"/)?.[1] as string;
	return { client, account, id };
}

describe(`the roadmap by mail (${engine})`, () => {
	it('sends a valid PDF to a viewer and a team without an account, in the chosen language', async () => {
		const owner = new Client();
		await signUp(owner, 'Consultant Kian');
		const orgId = await createOrganisation(owner, 'Persepolis Foods');
		const base = await answeredAssessment(owner, orgId);
		const viewer = await join(owner, orgId, 'viewer', 'Viewer Nika');
		expect(viewer.id).toMatch(/^[0-9a-f-]{36}$/);
		const team = uniqueEmail('board');

		// The form is offered to the consultant, with the members to choose from.
		const page = await (await owner.get(`${base}/plan`)).text();
		expect(page).toContain('action="?/mail"');
		expect(page).toContain(viewer.account.email);

		const note = 'Please read before Monday.\r\nBcc: evil@example.com\n<b>bold</b>';
		const sent = await owner.action(`${base}/plan?/mail`, {
			locale: 'fa',
			members: viewer.id,
			addresses: team,
			note
		});
		expect(sent).toMatchObject({
			type: 'success',
			data: { mailed: { sent: 2, pending: 0, failed: 0 } }
		});

		const mail = await waitForMail(team);
		expect(mail.parsed.subject).toBe('نقشهٔ راه آمادگی CRM Persepolis Foods');
		expect(mail.parsed.html).toContain('dir="rtl"');
		expect(mail.parsed.html).toContain('&lt;b&gt;bold&lt;/b&gt;');
		expect(mail.parsed.text).toContain('> Bcc: evil@example.com');
		const head = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'));
		expect(head).not.toMatch(/^bcc:/im);
		expect(await mailTo('evil@example.com')).toEqual([]);
		const [pdf] = mail.parsed.attachments;
		expect(pdf?.contentType).toBe('application/pdf');
		expect(pdf?.filename).toMatch(/^crm-roadmap-persepolis-foods-\d{4}-\d{2}-\d{2}-fa\.pdf$/);
		const doc = await openPdf(new Uint8Array(pdf?.content as Buffer));
		expect(doc.numPages).toBeGreaterThanOrEqual(10);

		// The viewer's mail is in the viewer's own language (English), the PDF still Persian.
		const theirs = await waitForMail(viewer.account.email);
		expect(theirs.parsed.subject).toBe('The CRM readiness roadmap of Persepolis Foods');
		expect(theirs.parsed.attachments[0]?.filename).toMatch(/-fa\.pdf$/);
	}, 120_000);

	it('lets a viewer receive but not send, and sends nothing for a stranger or no one', async () => {
		const owner = new Client();
		await signUp(owner, 'Owner Parsa');
		const orgId = await createOrganisation(owner, 'Caspian Oils');
		const base = await answeredAssessment(owner, orgId);
		const viewer = await join(owner, orgId, 'viewer', 'Viewer Sima');
		expect(await (await viewer.client.get(`${base}/plan`)).text()).not.toContain('action="?/mail"');
		const denied = await viewer.client.action(`${base}/plan?/mail`, {
			locale: 'en',
			addresses: uniqueEmail('spam')
		});
		expect(denied.status).toBe(403);

		const stranger = new Client();
		await signUp(stranger, 'Stranger Sam');
		const otherOrg = await createOrganisation(stranger, 'Other Co');
		const strangerId = (await join(stranger, otherOrg, 'viewer', 'Far Away')).id;
		const refused = await owner.action(`${base}/plan?/mail`, { locale: 'en', members: strangerId });
		expect(refused).toMatchObject({
			status: 400,
			data: { errors: { members: { key: 'errors.not_found' } } }
		});
		const nobody = await owner.action(`${base}/plan?/mail`, { locale: 'en' });
		expect(nobody).toMatchObject({
			status: 400,
			data: { errors: { _form: { key: 'plan.mail.no_recipients' } } }
		});
		const badLang = await owner.action(`${base}/plan?/mail`, {
			locale: 'de',
			addresses: uniqueEmail('x')
		});
		expect(badLang.status).toBe(400);
	});
});
