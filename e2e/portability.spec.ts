import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signUpWithOrganisation, switchLanguage } from './support';

test('in Persian: download an organisation, import it as a copy, refuse a damaged file', async ({
	page
}) => {
	const { orgId } = await signUpWithOrganisation(page, 'Parsian Trading');
	await switchLanguage(page, 'fa');
	await page.goto(`/orgs/${orgId}/settings`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { name: 'برون‌بری و پشتیبان‌گیری' })).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'دریافت فایل برون‌بری (JSON)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(
		/^آمادگی CRM - Parsian-Trading - [۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\.json$/
	);
	const path = await download.path();
	const text = readFileSync(path, 'utf8');
	expect(JSON.parse(text)).toMatchObject({ organisation: { name: 'Parsian Trading' } });

	// Import it (the page gzips it on the way) under a Persian name.
	await page.goto('/orgs');
	await page.getByRole('link', { name: 'درون‌ریزی از فایل برون‌بری' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'درون‌ریزی سازمان' })).toBeVisible();
	await page.getByLabel('فایل برون‌بری').setInputFiles(path);
	await page.getByLabel('نام سازمان تازه').fill('پارسیان (رونوشت)');
	await page.getByRole('button', { name: 'بررسی و درون‌ریزی' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'پارسیان (رونوشت)' })).toBeVisible();
	const copyId = new URL(page.url()).pathname.split('/')[2];
	expect(copyId).not.toBe(orgId);

	// A file cut short in the download is refused with a message, and nothing is created.
	await page.goto('/orgs/import');
	await page.getByLabel('فایل برون‌بری').setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.slice(0, text.length >> 1))
	});
	await page.getByRole('button', { name: 'بررسی و درون‌ریزی' }).click();
	const field = page.getByLabel('فایل برون‌بری');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('این فایل JSON کاملی نیست')).toBeVisible();
	await page.goto('/orgs');
	await expect(page.getByRole('link', { name: /پارسیان \(رونوشت\)/ })).toHaveCount(1);
});
