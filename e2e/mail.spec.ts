// Journeys through mail received by a real SMTP server (e2e/server.js).
import { expect, test } from '@playwright/test';
import { linkIn, waitForMail } from './mail';
import { createOrganisation, logIn, signUp, switchLanguage, uniqueEmail } from './support';

test('a Persian reader resets a forgotten password from the mail, and every old session ends', async ({
	page,
	browser
}) => {
	const account = await signUp(page, 'Sara Ahmadi');
	await switchLanguage(page, 'fa');
	// A second device, also signed in.
	const laptop = await (await browser.newContext()).newPage();
	await logIn(laptop, account);

	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto('/login');
	await switchLanguage(visitor, 'fa');
	await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl');
	await visitor.getByRole('link', { name: 'گذرواژه را فراموش کرده‌اید؟' }).click();
	await expect(visitor).toHaveURL('/forgot-password');
	await visitor.getByLabel('ایمیل').fill(account.email);
	await visitor.getByLabel('ایمیل').press('Enter');
	await expect(visitor.getByRole('heading', { name: 'ایمیل خود را ببینید' })).toBeVisible();

	// The mail: in Persian (the account's language), right to left, with a text alternative.
	const mail = await waitForMail(account.email);
	expect(mail.parsed.subject).toBe('بازنشانی گذرواژه — سنجش آمادگی CRM');
	expect(mail.parsed.html).toContain('<html lang="fa" dir="rtl">');
	expect(mail.parsed.text).toContain('سلام Sara Ahmadi،');
	const link = linkIn(mail, '/reset-password/');

	await visitor.goto(link);
	await expect(visitor.getByRole('heading', { name: 'برگزیدن گذرواژهٔ تازه' })).toBeVisible();
	await visitor.getByLabel('گذرواژهٔ تازه', { exact: true }).fill('a fresh password 1405');
	await visitor.getByLabel('تکرار گذرواژهٔ تازه').fill('a fresh password 1405');
	await visitor.getByRole('button', { name: 'ذخیرهٔ گذرواژهٔ تازه' }).click();
	await expect(visitor).toHaveURL('/login?reset=1');
	await expect(visitor.getByRole('status')).toContainText('گذرواژهٔ شما تغییر کرد');

	// Both old sessions are gone.
	for (const device of [page, laptop]) {
		await device.goto('/account');
		await expect(device).toHaveURL(/\/login\?next=/);
	}
	// The new password opens the account; the link does not work twice.
	await logIn(visitor, { ...account, password: 'a fresh password 1405' });
	await visitor.goto(link);
	await expect(visitor.getByRole('alert')).toContainText('این پیوند پیش‌تر به کار رفته است');
});

test('an owner invites by mail; the invitee follows the mail, creates an account and joins', async ({
	page,
	browser
}) => {
	await signUp(page, 'Owner Olivia');
	const orgId = await createOrganisation(page, 'Mail Invites Ltd');
	await page.goto(`/orgs/${orgId}/settings`);
	const invitee = uniqueEmail('invitee');
	await page.getByLabel('Role for the new member').selectOption('viewer');
	await page.getByLabel('Their email address (optional)').fill(invitee);
	await page.getByRole('button', { name: 'Invite', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Sent to 1 address.' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: invitee })).toContainText('Mailed');

	const mail = await waitForMail(invitee);
	expect(mail.parsed.subject).toBe('Join Mail Invites Ltd on CRM Readiness');
	const guest = await (await browser.newContext()).newPage();
	await guest.goto(linkIn(mail, '/invite/'));
	await expect(guest.getByRole('heading', { name: 'Join Mail Invites Ltd' })).toBeVisible();
	await guest.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
	await guest.getByLabel('Your name').fill('Invited Ida');
	await guest.getByLabel(/^email$/i).fill(invitee);
	await guest.getByLabel(/^password$/i).fill('correct horse battery');
	await guest.getByRole('button', { name: 'Create account' }).click();
	await guest.getByRole('button', { name: 'Join organisation' }).click();
	await expect(guest).toHaveURL(`/orgs/${orgId}`);
	await expect(guest.getByRole('heading', { level: 1, name: 'Mail Invites Ltd' })).toBeVisible();
});
