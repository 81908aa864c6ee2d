import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signUpWithOrganisation, switchLanguage } from './support';

// A spreadsheet as people send it: Persian headers, Arabic letter forms, one column the app
// cannot guess, a customer already in the register (by phone, written differently), a row
// repeated inside the file, and a name that a spreadsheet would run as a formula.
const CSV =
	'\ufeffنام مشتری,موبایل,Region,ارزش سالانه\r\n' +
	'كيمياي مهرآفرين,+98 912 345 6789,تهران,"5,000,000"\r\n' +
	'پارس نوین,0912 111 2222,اصفهان,1200000\r\n' +
	'پارس نوين,09121112222,,\r\n' +
	'=1+1 Trading,0935 000 1111,شیراز,300\r\n';

test('import a CSV with a duplicate decision, search Persian variants, edit, export', async ({
	page,
	context
}) => {
	const { orgId } = await signUpWithOrganisation(page, 'Kimia Trading');
	await page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name: 'Customers' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();

	// One customer already in the register.
	await page.getByRole('link', { name: 'New customer' }).first().click();
	await page.getByLabel('Name', { exact: true }).fill('کیمیا مهرآفرین');
	await page.getByLabel('Phone', { exact: true }).fill('0912 345 6789');
	await page.getByLabel('City', { exact: true }).fill('کرج');
	await page.getByRole('button', { name: 'Add customer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'کیمیا مهرآفرین' })).toBeVisible();

	// Import: upload, fix the one column the suggestion left out, choose "Update", check, import.
	await page.getByRole('link', { name: '← Customers' }).click();
	await page.getByRole('link', { name: 'Import CSV' }).click();
	await page.getByLabel('CSV file').setInputFiles({
		name: 'customers.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(CSV)
	});
	await page.getByRole('button', { name: 'Upload and preview' }).click();
	await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
	await expect(page.getByLabel('Register field for column نام مشتری')).toHaveValue('name');
	await expect(page.getByLabel('Register field for column موبایل')).toHaveValue('phone');
	await expect(page.getByLabel('Register field for column Region')).toHaveValue('');
	await page.getByLabel('Register field for column Region').selectOption('city');
	await page.getByRole('radio', { name: /^Update/ }).check();

	await page.getByRole('button', { name: 'Check the file' }).click();
	const result = page.getByRole('region', { name: 'Check result' });
	await expect(result.getByText('Nothing has been changed yet')).toBeVisible();
	const duplicates = result.getByRole('table');
	await expect(duplicates.getByRole('row').filter({ hasText: 'کیمیا مهرآفرین' })).toContainText(
		'in the register'
	);
	await expect(duplicates.getByRole('row').filter({ hasText: 'پارس نوين' })).toContainText(
		'earlier in the file'
	);

	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText('This file has been imported.')).toBeVisible();
	await page.getByRole('link', { name: 'See the customers' }).click();
	// Three customers: the existing one updated, Pars Novin (its repeat merged in), the formula.
	await expect(page.getByText('3 customers')).toBeVisible();

	// In Persian, search with Arabic letters and digits; each finds the same customer.
	await switchLanguage(page, 'fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// Phone numbers in Persian digits, kept left to right as they are dialled.
	await expect(page.getByText('۰۹۳۵ ۰۰۰ ۱۱۱۱', { exact: true })).toHaveAttribute('dir', 'ltr');
	const search = page.getByLabel('جست‌وجو در نام، ایمیل، تلفن یا شهر');
	// Each search navigates; wait for its address so the next query is not typed into a page
	// that is still being replaced (the box would be refilled with the previous query).
	const searchFor = async (query: string) => {
		await search.fill(query);
		await page.getByRole('button', { name: 'جست‌وجو', exact: true }).click();
		await expect(page).toHaveURL((url) => url.searchParams.get('q') === query);
		await expect(search).toHaveValue(query);
	};
	for (const query of ['پارس نوين', 'پارس نوین', '۰۹۱۲۱۱۱۲۲۲۲']) {
		await searchFor(query);
		await expect(page.getByRole('link', { name: 'پارس نوين' })).toBeVisible();
		await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
	}
	await searchFor('کیمیای');
	await expect(page.getByRole('link', { name: 'كيمياي مهرآفرين' })).toBeVisible();

	// Edit it; a second tab that saves an older version gets the conflict, not a silent overwrite.
	await page.getByRole('link', { name: 'كيمياي مهرآفرين' }).click();
	await page.getByRole('link', { name: 'ویرایش' }).click();
	await expect(page).toHaveURL(/\/edit$/);
	const editUrl = page.url();
	const other = await context.newPage();
	await other.goto(editUrl);
	await page.getByLabel('شهر', { exact: true }).fill('تهران، ونک');
	await page.getByRole('button', { name: 'ذخیره' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'كيمياي مهرآفرين' })).toBeVisible();
	await expect(page.getByText('تهران، ونک')).toBeVisible();
	await other.getByLabel('صنعت', { exact: true }).fill('پخش مواد غذایی');
	await other.getByRole('button', { name: 'ذخیره' }).click();
	await expect(other.getByRole('alert')).toContainText('کس دیگری هم‌زمان با ویرایش شما');
	await expect(other.getByText('کس دیگری در این فاصله ذخیره کرده است: تهران، ونک')).toBeVisible();
	// Only the field the other person changed is named; this person's own change is kept.
	await expect(other.getByText(/در این فاصله ذخیره کرده است/)).toHaveCount(1);
	await expect(other.getByLabel('صنعت', { exact: true })).toHaveValue('پخش مواد غذایی');
	await other.close();

	// Export the whole list: UTF-8 with a BOM, Persian headers, the formula neutralised.
	await page.goto(`/orgs/${orgId}/register`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'خروجی CSV' }).click()
	]);
	// Named in Persian with the Jalali date (the ASCII name stays in `filename`).
	expect(download.suggestedFilename()).toMatch(/^مشتریان [۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\.csv$/);
	const csv = readFileSync((await download.path()) as string, 'utf8');
	expect(csv.startsWith('\ufeffنام,')).toBe(true);
	expect(csv).toContain("'=1+1 Trading");
	expect(csv).toContain('تهران، ونک');
	expect(csv.trim().split('\r\n')).toHaveLength(4);
});
