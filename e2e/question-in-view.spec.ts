// The question in view: after "Next" the item's title takes focus and stands fully visible below
// the sticky header and progress bar, on a phone and on a wide screen; on a phone the statements
// come first and the guidance is one tap away.
import { expect, test, type Locator } from '@playwright/test';
import { signUpWithOrganisation, switchLanguage } from './support';

async function box(l: Locator) {
	const b = await l.boundingBox();
	if (!b) throw new Error('not laid out');
	return b;
}

for (const [width, height] of [
	[390, 844],
	[1440, 900]
] as const) {
	test(`after Next the question is in view at ${width} px, in Persian`, async ({ page }) => {
		await signUpWithOrganisation(page, 'View Trading');
		await page.getByRole('link', { name: 'New assessment' }).click();
		await page.getByLabel('Title').fill('In view');
		for (const box of await page.getByRole('checkbox').all())
			if ((await box.getAttribute('value')) !== 'building-blocks') await box.uncheck();
		await page.getByRole('button', { name: 'Create assessment' }).click();
		await page.getByRole('link', { name: 'Answer the questionnaire' }).click();
		await page.getByLabel('Executive / senior manager').check();
		await page.getByRole('button', { name: 'Start' }).click();
		await switchLanguage(page, 'fa');
		await page.setViewportSize({ width, height });
		await expect(page.getByRole('status').filter({ hasText: 'ذخیره' })).toBeVisible();

		const title = page.getByRole('heading', { level: 2 });
		const before = await title.textContent();
		const next = page.getByRole('button', { name: 'بعدی', exact: true });
		await next.scrollIntoViewIfNeeded();
		await next.click();
		await expect(title).not.toHaveText(before ?? '');
		await expect(title).toBeFocused();

		// Below the header and the progress bar, not under them, and inside the window.
		const header = page.getByRole('banner').first();
		const bar = page.getByRole('progressbar');
		await expect
			.poll(async () => (await box(title)).y - ((await box(bar)).y + (await box(bar)).height))
			.toBeGreaterThanOrEqual(0);
		expect((await box(bar)).y).toBeGreaterThanOrEqual(
			(await box(header)).y + (await box(header)).height - 1
		);
		const heading = await box(title);
		expect(heading.y + heading.height).toBeLessThanOrEqual(height);
		// The first statement starts on the screen too.
		const statement = page
			.getByRole('group')
			.filter({ has: page.getByRole('radio') })
			.first();
		expect((await box(statement)).y).toBeLessThan(height);

		const guidance = page.getByRole('complementary', { name: 'چرا مهم است' });
		const text = guidance.getByRole('paragraph');
		if (width < 600) {
			// Closed above the statements, one tap away.
			await expect(text).toBeHidden();
			await guidance.getByText('چرا مهم است').click();
			await expect(text).toBeVisible();
		} else {
			await expect(text).toBeVisible();
		}
	});
}
