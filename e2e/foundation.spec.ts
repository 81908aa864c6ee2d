import { expect, test } from '@playwright/test';
import { createOrganisation, logIn, signUp, switchLanguage } from './support';

test('sign up, create an organisation, work in Persian, invite a member, log out', async ({
	page,
	browser
}) => {
	const owner = await signUp(page, 'Sara Owner');
	const orgId = await createOrganisation(page, 'Parsian Foods');

	// Persian: the whole page turns right to left, and dates use the Persian calendar.
	await switchLanguage(page, 'fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 2, name: 'ارزیابی‌ها' })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'ناوبری اصلی' })
		.getByRole('link', { name: 'تنظیمات' })
		.click();
	await expect(page).toHaveURL(`/orgs/${orgId}/settings`);
	const members = page.getByRole('table');
	// The joining date is today, in the Persian calendar with Persian digits (e.g. ۳ آذر ۱۴۰۵).
	const today = new Intl.DateTimeFormat('fa-IR', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC'
	}).format(new Date());
	await expect(members.getByRole('cell', { name: today })).toBeVisible();
	expect(today).toMatch(/[۰-۹]/);

	// The language is remembered for the account: a reload stays Persian.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa');

	// Invite a consultant through a one-time link: the address left empty, so no mail is sent
	// (the journeys' server has mail configured, which names the button "Invite").
	await page.getByLabel('نقش عضو تازه').selectOption('consultant');
	await page.getByRole('button', { name: 'دعوت', exact: true }).click();
	const link = await page.getByLabel('پیوند دعوت').inputValue();
	expect(link).toMatch(/\/invite\/[a-z2-7]{32}$/);

	const other = await browser.newContext();
	const guest = await other.newPage();
	const member = await signUp(guest, 'Omid Member');
	await guest.goto(link);
	await expect(guest.getByRole('heading', { name: 'Join Parsian Foods' })).toBeVisible();
	await guest.getByRole('button', { name: 'Join organisation' }).click();
	await expect(guest).toHaveURL(`/orgs/${orgId}`);
	await expect(guest.getByRole('heading', { level: 1, name: 'Parsian Foods' })).toBeVisible();

	// The link worked once; a second use is refused with a clear message.
	await guest.goto(link);
	await expect(
		guest.getByRole('heading', { name: 'This invitation cannot be used' })
	).toBeVisible();
	await other.close();

	// The owner sees the new member with the consultant role.
	await page.reload();
	await expect(page.getByRole('row').filter({ hasText: member.email })).toHaveCount(1);
	await expect(page.getByLabel(`تغییر نقش ${member.name}`)).toHaveValue('consultant');

	// The organisation switcher opens from the keyboard, lists the organisation as the current
	// one, and closes with Escape, giving the focus back to its button.
	const switcher = page.getByRole('button', { name: 'تغییر سازمان' });
	const orgLinks = page.getByRole('navigation', { name: 'سازمان‌ها' });
	await expect(orgLinks).toHaveCount(0);
	await switcher.focus();
	await page.keyboard.press('Enter');
	await expect(switcher).toHaveAttribute('aria-expanded', 'true');
	await expect(orgLinks.getByRole('link', { name: /Parsian Foods/ })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await page.keyboard.press('Escape');
	await expect(orgLinks).toHaveCount(0);
	await expect(switcher).toBeFocused();
	await expect(switcher).toHaveAttribute('aria-expanded', 'false');

	// Log out: the organisation is no longer reachable.
	await page.getByRole('button', { name: `منوی ${owner.name}` }).click();
	await page.getByRole('button', { name: 'خروج' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await page.goto(`/orgs/${orgId}`);
	await expect(page).toHaveURL(/\/login\?next=/);
	await logIn(page, owner);
	await expect(page).toHaveURL(`/orgs/${orgId}`);
});
