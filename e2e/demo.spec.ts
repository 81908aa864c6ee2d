// First run in Persian: the language chosen on the login page wins over the account's stored
// preference and becomes it, and a newcomer loads the demo organisation from the running app,
// in Persian, from the empty organisations page.
import { expect, test } from '@playwright/test';
import { logIn, signUp, switchLanguage } from './support';

test('choose Persian before logging in, then load the Persian demo from the app', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	// An account made in English: its stored language is English.
	const account = await signUp(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// Out of the session (and without a language cookie), as on another day.
	await context.clearCookies();

	// On the login page the newcomer picks فارسی; the choice holds after logging in.
	await page.goto('/login');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await switchLanguage(page, 'fa');
	await logIn(page, account);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
	await expect(page.getByRole('heading', { level: 1, name: 'سازمان‌های شما' })).toBeVisible();

	// …and it is saved: a fresh browser (no language cookie) logs in to Persian too.
	await context.clearCookies();
	await logIn(page, account);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa');

	// The empty organisations page offers the demo; it loads in Persian.
	await page.goto('/orgs');
	await expect(page.getByText('هنوز عضو هیچ سازمانی نیستید.')).toBeVisible();
	await page.getByRole('button', { name: 'بارگذاری سازمان نمونه' }).click();
	await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/, { timeout: 60_000 });
	await expect(
		page.getByRole('heading', { level: 1, name: 'نمونه — بازرگانی پارسیان' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: /آمادگی پس از نود روز نخست/ }).first()).toBeVisible();

	// Its customers are Persian too (the English demo's "Caspian Foods" is «صنایع غذایی کاسپین»).
	const orgUrl = new URL(page.url()).pathname;
	await page.goto(`${orgUrl}/register?q=${encodeURIComponent('کاسپین')}`);
	await expect(page.getByRole('link', { name: 'صنایع غذایی کاسپین' })).toBeVisible();
	await page.goto(`${orgUrl}/register?q=Caspian`);
	await expect(page.getByRole('link', { name: /Caspian/ })).toHaveCount(0);

	// The demo is for a first visit: with an organisation, the button is gone.
	await page.goto('/orgs');
	await expect(page.getByRole('button', { name: 'بارگذاری سازمان نمونه' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /نمونه — بازرگانی پارسیان/ })).toBeVisible();
});
