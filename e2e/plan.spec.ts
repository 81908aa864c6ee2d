// The plan: a consultant opens the plan of an answered assessment, edits an action, reorders
// by keyboard, downloads the roadmap (PDF and workbook) in English and in Persian, and reads the
// plan in Persian on a phone.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { answeredAssessment } from './answered';
import { signUpWithOrganisation, switchLanguage } from './support';

/** Downloads the roadmap from `link` and returns its page count, after checking it is a PDF. */
async function downloadPages(page: Page, link: string | RegExp): Promise<number> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: link }).click()
	]);
	// In Persian: Persian words and the Jalali date (the ASCII name stays in `filename`).
	expect(download.suggestedFilename()).toMatch(
		/(crm-roadmap-\d{4}-\d{2}-\d{2}-en|نقشهٔ راه CRM [۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2})\.pdf$/
	);
	const bytes = await readFile((await download.path()) as string);
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
	const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
	return doc.numPages;
}

/** Downloads the workbook from `link`; returns it read back, after checking it is a zip. */
async function downloadWorkbook(page: Page, link: string, name: RegExp): Promise<ExcelJS.Workbook> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: link, exact: true }).click()
	]);
	expect(download.suggestedFilename()).toMatch(name);
	const bytes = await readFile((await download.path()) as string);
	// An xlsx file is a zip archive: its first entry's local header starts "PK\x03\x04".
	expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes as unknown as ArrayBuffer);
	return book;
}

test('edit an action, reorder by keyboard, download the roadmap in both languages', async ({
	page
}) => {
	await signUpWithOrganisation(page, 'Parsian Trading');
	const base = await answeredAssessment(page);
	await page.goto(`${base}/plan`);
	await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();

	const actions = page.getByRole('region', { name: 'Prioritised actions' }).getByRole('listitem');
	const first = actions.first();
	const secondText = await actions.nth(1).locator('p').first().textContent();

	// Edit the first action.
	await first.getByText('Edit', { exact: true }).click();
	await first
		.getByLabel('Action', { exact: true })
		.fill('Appoint the managing director as sponsor this month.');
	await first.getByLabel('Owner', { exact: true }).fill('Sara Ahmadi');
	await first.getByLabel('Owner role').selectOption('executive');
	await first.getByLabel('Due', { exact: true }).fill('2027-01-31');
	await first.getByLabel('Status').selectOption('in_progress');
	await first.getByRole('button', { name: 'Save' }).click();
	await expect(first.getByRole('status')).toHaveText('Saved.');
	await expect(first).toContainText('Appoint the managing director as sponsor this month.');
	await expect(first).toContainText('Owner: Sara Ahmadi');
	await expect(first).toContainText('Due: 31 January 2027');
	await expect(first).toContainText('Owner role: Executives');

	// Move it down with the keyboard: focus stays on its button, and it is now second.
	const down = first.getByRole('button', { name: /^Move down: Appoint the managing director/ });
	await down.focus();
	await page.keyboard.press('Enter');
	await expect(actions.nth(1)).toContainText('Appoint the managing director as sponsor');
	await expect(actions.first()).toContainText(secondText ?? '');
	await expect(
		page.getByRole('button', { name: /^Move down: Appoint the managing director/ })
	).toBeFocused();

	// A dependency: the (new) first action waits for the sponsor; the reverse would be a cycle,
	// which is refused with a message naming it.
	const sponsor = actions.nth(1);
	const other = actions.first();
	await other.getByText('Edit', { exact: true }).click();
	await other
		.getByRole('checkbox', { name: 'Appoint the managing director as sponsor this month.' })
		.check();
	await other.getByRole('button', { name: 'Save' }).click();
	await expect(other.getByRole('status')).toHaveText('Saved.');
	await expect(other).toContainText(
		'Depends on: Appoint the managing director as sponsor this month.'
	);
	await sponsor.getByRole('checkbox', { name: secondText ?? '' }).check();
	await sponsor.getByRole('button', { name: 'Save' }).click();
	await expect(sponsor.getByRole('alert')).toContainText(
		'These actions would wait for each other in a circle'
	);

	// What the plan would buy: current, target and projected, side by side.
	const projection = page.getByRole('region', { name: 'Where the plan takes you' });
	await expect(projection.getByRole('columnheader', { name: 'Projected' })).toBeVisible();
	await expect(projection.getByRole('rowheader', { name: 'Readiness index' })).toBeVisible();

	// The roadmap in both languages: a PDF of a plausible length.
	const englishPages = await downloadPages(page, 'Roadmap PDF in English');
	const persianPages = await downloadPages(page, 'Roadmap PDF in Persian');
	for (const pages of [englishPages, persianPages]) {
		expect(pages).toBeGreaterThanOrEqual(12);
		expect(pages).toBeLessThanOrEqual(60);
	}

	// The workbook in the reader's language: the edited action with its owner and due date.
	const english = await downloadWorkbook(
		page,
		'Workbook (Excel)',
		/crm-roadmap-\d{4}-\d{2}-\d{2}-en\.xlsx$/
	);
	const plan = english.getWorksheet('Plan');
	const edited = plan
		?.getRows(2, plan.rowCount - 1)
		?.find((r) =>
			r.values.toString().includes('Appoint the managing director as sponsor this month.')
		);
	expect(edited?.values.toString()).toContain('Sara Ahmadi');
	expect(english.worksheets.every((w) => !w.views[0]?.rightToLeft)).toBe(true);

	// The same plan in Persian: right to left, the due date in the Persian calendar.
	await switchLanguage(page, 'fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1, name: 'برنامه' })).toBeVisible();
	await expect(page.getByText('موعد: ۱۱ بهمن ۱۴۰۵')).toBeVisible();
	const persian = await downloadWorkbook(
		page,
		'کارپوشهٔ اکسل',
		/نقشهٔ راه CRM [۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\.xlsx$/
	);
	expect(persian.getWorksheet('برنامهٔ اقدام')?.views[0]?.rightToLeft).toBe(true);
	expect(persian.worksheets.every((w) => w.views[0]?.rightToLeft === true)).toBe(true);
});

test('the Persian plan fits a phone screen', async ({ page }) => {
	await signUpWithOrganisation(page, 'Phone Trading');
	const base = await answeredAssessment(page);
	await switchLanguage(page, 'fa');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${base}/plan`);
	await expect(page.getByRole('heading', { level: 1, name: 'برنامه' })).toBeVisible();
	await page
		.getByRole('region', { name: 'اقدام‌های اولویت‌بندی‌شده' })
		.getByText('ویرایش')
		.first()
		.click();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await expect(page.getByRole('button', { name: 'ذخیره' }).first()).toBeVisible();
});
