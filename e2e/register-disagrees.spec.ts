// "The register disagrees" (issue 15 §7): in the demo organisation, whose customer register
// holds 61 customers with missing phones and e-mails and one customer entered twice, a
// self-assessment that rates data quality at level 4 is flagged on the results page, with the
// register's figure beside the claim — in English, then in Persian with Persian digits; and a
// workshop's discussion list marks the statement for the facilitator.
import { expect, test, type Page } from '@playwright/test';
import { answeredAssessment } from './answered';
import { signUp, switchLanguage } from './support';

/** Signs up and loads the demo organisation (its register: 61 customers). */
async function demo(page: Page) {
	await signUp(page);
	await page.goto('/orgs');
	await page.getByRole('button', { name: 'Load the demo organisation' }).click();
	await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/, { timeout: 60_000 });
}

test('the results page flags a data-quality claim the register contradicts, in English and Persian', async ({
	page
}) => {
	test.setTimeout(120_000);
	await demo(page);

	// Every statement at level 4, straight to the wizard's endpoint (answered.ts).
	const base = await answeredAssessment(page, { title: 'How clean is our data?', level: () => 4 });

	await page.goto(`${base}/results`);
	const section = page.getByRole('region', { name: 'Where the register disagrees' });
	await expect(section).toContainText('61 active customers');
	const quality = section
		.getByRole('listitem')
		.filter({ hasText: 'Customer records are complete and accurate' });
	await expect(quality).toContainText('The register disagrees');
	await expect(quality).toContainText('Level given: 4');
	// The figure beside the claim: the demo's contact details are far from 80% filled in.
	await expect(quality).toContainText(
		/Contact details filled in \(email and phone\): \d+(\.\d)?% — level 3 or above needs at least 80%/
	);
	// The flag changes no score: every statement at 4 is an index of 100.
	await expect(page.getByTestId('readiness-index')).toHaveText('100');

	await switchLanguage(page, 'fa');
	const persian = page.getByRole('region', { name: 'ناهم‌خوانی پاسخ‌ها با دفتر مشتریان' });
	await expect(persian).toContainText('۶۱ مشتری فعال');
	const claim = persian.getByRole('listitem').filter({ hasText: 'سوابق مشتریان کامل و دقیق است' });
	await expect(claim).toContainText('دفتر مشتریان با این پاسخ هم‌خوان نیست');
	await expect(claim).toContainText('سطح داده‌شده: ۴');
	await expect(claim).toContainText(
		/پر بودن اطلاعات تماس \(ایمیل و تلفن\): [۰-۹]+([٫.][۰-۹])?٪ — سطح ۳ و بالاتر دست‌کم ۸۰٪ می‌خواهد/
	);
	await expect(page.getByTestId('readiness-index')).toHaveText('۱۰۰');
});

test('the facilitator’s discussion list marks a statement the register contradicts', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await demo(page);
	await page.getByRole('link', { name: 'New assessment' }).click();
	await page.getByLabel('Title', { exact: true }).fill('Data workshop');
	await page.getByRole('radio', { name: /^Workshop/ }).check();
	await page.getByRole('checkbox', { name: /^Anonymous answers/ }).setChecked(false);
	await page.getByRole('button', { name: 'Create assessment' }).click();
	await page.getByRole('link', { name: 'Run the workshop' }).click();
	await page.getByRole('button', { name: 'Open the session' }).click();
	await page.getByRole('button', { name: /^Open section The eight building blocks/ }).click();
	const link = await page.getByRole('textbox', { name: 'Join link' }).inputValue();

	// Two participants rate data quality at level 4 (straight to the participants' save endpoint).
	const contexts = [];
	for (const role of ['Executive / senior manager', 'Middle manager']) {
		const context = await browser.newContext();
		contexts.push(context);
		const phone = await context.newPage();
		await phone.goto(link);
		await phone.getByRole('radio', { name: role }).check();
		await phone.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(phone.getByRole('progressbar')).toBeVisible();
		const saved = await phone.request.post(`${link}/save`, {
			data: {
				answers: [{ item: 'information', statement: 'data-quality', answer: 4, seq: 1 }],
				comments: []
			}
		});
		expect(saved.ok(), await saved.text()).toBe(true);
	}

	await page.reload();
	const discussion = page.getByRole('region', { name: 'Discussion', exact: true });
	const entry = discussion
		.getByRole('list', { name: 'Discussion list, most disputed first' })
		.getByRole('listitem')
		.filter({ hasText: 'Customer records are complete and accurate' });
	await expect(entry).toContainText('the register disagrees');
	await entry.getByRole('button').click();
	const note = discussion.getByRole('note');
	await expect(note).toContainText('The register disagrees');
	await expect(note).toContainText('Level given: 4');
	await expect(note).toContainText(/level 3 or above needs at least 80%/);
	for (const context of contexts) await context.close();
});
