// The Persian calendar of the date fields: a Persian reader types a due date in the Persian
// calendar, or picks one with the keyboard alone; the plan shows the day it names, and an
// English reader sees the same day in the Gregorian calendar.
import { expect, test, type Page } from '@playwright/test';
import { answeredAssessment } from './answered';
import { signUpWithOrganisation, switchLanguage } from './support';

/** The first action of the plan, in Persian, with its edit form open. */
async function firstActionInPersian(page: Page, org: string) {
	await signUpWithOrganisation(page, org);
	const base = await answeredAssessment(page);
	await switchLanguage(page, 'fa');
	await page.goto(`${base}/plan`);
	const first = page
		.getByRole('region', { name: 'اقدام‌های اولویت‌بندی‌شده' })
		.getByRole('listitem')
		.first();
	await first.getByText('ویرایش', { exact: true }).click();
	return first;
}

test('in Persian, a due date typed as ۱۴۰۶/۰۱/۰۱ is saved as that day', async ({ page }) => {
	const first = await firstActionInPersian(page, 'Calendar Typing');
	const due = first.getByLabel('موعد', { exact: true });
	await due.fill('۱۴۰۶/۰۱/۰۱');
	// The day it names, written out as the person types.
	await expect(first.getByText('۱ فروردین ۱۴۰۶', { exact: true })).toBeVisible();
	await first.getByRole('button', { name: 'ذخیره', exact: true }).click();
	await expect(first.getByRole('status')).toHaveText('ذخیره شد.');
	await expect(first).toContainText('موعد: ۱ فروردین ۱۴۰۶');

	// Something that is not a day is refused with the field's message, and nothing changes (the
	// form stays open after a save).
	await first.getByLabel('موعد', { exact: true }).fill('۱۴۰۶/۱۲/۳۰');
	await first.getByRole('button', { name: 'ذخیره', exact: true }).click();
	await expect(first.getByText('تاریخ معتبری انتخاب کنید.')).toBeVisible();

	// The same day for an English reader: 1 Farvardin 1406 is 21 March 2027.
	await switchLanguage(page, 'en');
	await expect(page.getByText('Due: 21 March 2027')).toBeVisible();
});

test('in Persian, a due date picked from the calendar with the keyboard alone', async ({
	page
}) => {
	const first = await firstActionInPersian(page, 'Calendar Keys');
	const due = first.getByLabel('موعد', { exact: true });
	await due.fill('1406/1/1');
	const button = first.getByRole('button', { name: 'انتخاب روز از تقویم: موعد' });
	await button.focus();
	await page.keyboard.press('Enter');
	const dialog = first.getByRole('dialog', { name: 'تقویم' });
	await expect(dialog.getByRole('grid', { name: 'فروردین ۱۴۰۶' })).toBeVisible();
	await expect(dialog.getByRole('gridcell', { name: '۱ فروردین ۱۴۰۶', exact: true })).toBeFocused();
	// Right to left: the left arrow is the next day; down a week; Page Down the next month.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowDown');
	await expect(dialog.getByRole('gridcell', { name: '۹ فروردین ۱۴۰۶', exact: true })).toBeFocused();
	await page.keyboard.press('PageDown');
	await expect(dialog.getByRole('grid', { name: 'اردیبهشت ۱۴۰۶' })).toBeVisible();
	await expect(
		dialog.getByRole('gridcell', { name: '۹ اردیبهشت ۱۴۰۶', exact: true })
	).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(due).toBeFocused();
	await expect(due).toHaveValue('۱۴۰۶/۰۲/۰۹');

	// Escape closes the calendar without changing the day.
	await button.focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(due).toHaveValue('۱۴۰۶/۰۲/۰۹');

	await first.getByRole('button', { name: 'ذخیره', exact: true }).click();
	await expect(first.getByRole('status')).toHaveText('ذخیره شد.');
	await expect(first).toContainText('موعد: ۹ اردیبهشت ۱۴۰۶');
});
