// Journeys through mail received by a real SMTP server (e2e/server.js).
import { expect, test } from '@playwright/test';
import { linkIn, waitForMail } from './mail';
import { logIn, signUp, switchLanguage } from './support';

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
