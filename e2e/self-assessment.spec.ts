// Journey (a): an executive signs up, completes a self-assessment with the keyboard alone,
// reloads halfway and resumes exactly where they left off, and sees the results.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { signUpWithOrganisation, switchLanguage } from './support';

/** The index of one lens answered with level (statement + item) % 5, computed by hand. */
function expectedIndex(file: string): number {
	type Item = { weight: number; statements: { weight?: number }[] };
	const { items } = parse(readFileSync(file, 'utf8')) as { items: Item[] };
	let total = 0;
	let weights = 0;
	items.forEach((item, i) => {
		let sum = 0;
		let w = 0;
		item.statements.forEach((st, s) => {
			sum += (((s + i) % 5) / 4) * 100 * (st.weight ?? 1);
			w += st.weight ?? 1;
		});
		total += (sum / w) * item.weight;
		weights += item.weight;
	});
	return total / weights;
}

async function createSelfAssessment(page: Page, title: string, lenses?: RegExp) {
	await page.getByRole('link', { name: /new assessment|ارزیابی تازه/i }).click();
	await page.getByLabel(/^title$|^عنوان$/i).fill(title);
	if (lenses) {
		// Keep only the lenses matching `lenses`.
		for (const box of await page.getByRole('checkbox').all()) {
			const name = (await box.getAttribute('value')) ?? '';
			if (!lenses.test(name)) await box.uncheck();
		}
	}
	await page.getByRole('button', { name: /create assessment|ساخت ارزیابی/i }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Moves focus forward with Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		if (name.test(focused)) return;
	}
	throw new Error(`could not reach ${name} with Tab`);
}

/** Answers every statement of the current item: level = (statement index + item index) % 5. */
async function answerItem(page: Page, itemIndex: number) {
	const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
	const count = await groups.count();
	// From the title, past the guidance's toggle (one tap away, before the statements).
	await page.keyboard.press('Tab');
	await expect(page.getByText(/^(Why it matters|چرا مهم است)$/)).toBeFocused();
	for (let s = 0; s < count; s++) {
		await page.keyboard.press('Tab'); // into the next radio group
		const level = (s + itemIndex) % 5;
		if (level === 0) await page.keyboard.press('Space');
		for (let i = 0; i < level; i++) await page.keyboard.press('ArrowDown');
		await expect(groups.nth(s).getByRole('radio').nth(level)).toBeChecked();
	}
	return count;
}

async function progress(page: Page) {
	const text = (await page.getByText(/ of \d+ answered| از [۰-۹]+ پاسخ/).textContent()) ?? '';
	return text.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
}

test('an executive completes a self-assessment by keyboard, resumes after a reload, sees results', async ({
	page,
	browser
}) => {
	// Every statement of three lenses by keyboard: up to two minutes on a busy machine.
	test.setTimeout(240_000);
	await signUpWithOrganisation(page, 'Keyboard Holdings');
	await createSelfAssessment(page, 'Readiness before the tender');
	await page.getByRole('link', { name: 'Answer the questionnaire' }).click();
	await page.getByLabel('Executive / senior manager').check();
	await page.getByLabel('Department').fill('Board');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
	await expect(page.getByRole('radio').first()).toBeEnabled();

	const itemTitle = page.getByRole('heading', { level: 2 });
	await expect(itemTitle).toBeVisible();
	await itemTitle.focus();
	let answered = 0;
	let item = 0;
	const titles: string[] = [];
	for (; item < 12; item++) {
		titles.push((await itemTitle.textContent()) ?? '');
		answered += await answerItem(page, item);
		await tabTo(page, /^Next$/);
		await page.keyboard.press('Enter');
		await expect(itemTitle).toBeFocused();
	}
	expect(await progress(page)).toMatch(new RegExp(`^${answered} of \\d+ answered$`));
	const total = Number((await progress(page)).match(/of (\d+)/)?.[1]);
	expect(total).toBeGreaterThan(60);
	const resumeAt = await itemTitle.textContent();
	await expect(page.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible();

	// Halfway: reload. The same item comes back, with every earlier answer.
	await page.reload();
	await expect(itemTitle).toHaveText(resumeAt ?? '');
	await expect(page.getByRole('radio').first()).toBeEnabled();
	expect(await progress(page)).toBe(`${answered} of ${total} answered`);
	// The page as the server sends it, before any script runs: the same item and progress.
	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const firstPaint = await noScript.newPage();
	await firstPaint.goto(page.url());
	await expect(firstPaint.getByRole('heading', { level: 2 })).toHaveText(resumeAt ?? '');
	expect(await progress(firstPaint)).toBe(`${answered} of ${total} answered`);
	await noScript.close();
	await page
		.getByRole('navigation', { name: 'Sections' })
		.getByRole('button', { name: titles[3] })
		.focus();
	await page.keyboard.press('Enter');
	await expect(itemTitle).toHaveText(titles[3] ?? '');
	await expect(
		page
			.getByRole('group')
			.filter({ has: page.getByRole('radio') })
			.first()
			.getByRole('radio')
			.nth(3)
	).toBeChecked();
	await page
		.getByRole('navigation', { name: 'Sections' })
		.getByRole('button', { name: resumeAt ?? '' })
		.click();

	await itemTitle.focus();
	for (; ; item++) {
		answered += await answerItem(page, item);
		const last = await page.getByRole('button', { name: 'Finish and see results' }).count();
		if (last) {
			await tabTo(page, /^Finish and see results$/);
			await page.keyboard.press('Enter');
			break;
		}
		await tabTo(page, /^Next$/);
		await page.keyboard.press('Enter');
		await expect(itemTitle).toBeFocused();
	}
	expect(answered).toBe(total);
	await expect(page).toHaveURL(/\/results$/);
	await expect(page.getByRole('heading', { name: 'Readiness index' })).toBeVisible();
	const index = Number(await page.getByTestId('readiness-index').textContent());
	expect(index).toBeGreaterThan(0);
	expect(index).toBeLessThan(100);
	await expect(page.getByRole('table', { name: 'Scores by lens' }).getByRole('row')).toHaveCount(4);
});

test('a Persian self-assessment of one lens, right to left, by keyboard', async ({ page }) => {
	await signUpWithOrganisation(page, 'شرکت نمونه');
	await switchLanguage(page, 'fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await createSelfAssessment(page, 'خودارزیابی بلوک‌ها', /building-blocks/);
	await page.getByRole('link', { name: 'پاسخ به پرسش‌نامه' }).click();
	await page.getByLabel('مدیر ارشد').check();
	await page.getByRole('button', { name: 'شروع' }).click();
	await expect(page.getByRole('navigation', { name: 'بخش‌ها' })).toBeVisible();
	await expect(page.getByRole('radio').first()).toBeEnabled();
	const itemTitle = page.getByRole('heading', { level: 2 });
	await itemTitle.focus();
	let answered = 0;
	for (let item = 0; ; item++) {
		answered += await answerItem(page, item);
		if (await page.getByRole('button', { name: 'پایان و دیدن نتایج' }).count()) {
			expect(await progress(page)).toBe(`${answered} از ${answered} پاسخ داده شده`);
			await tabTo(page, /^پایان و دیدن نتایج$/);
			await page.keyboard.press('Enter');
			break;
		}
		await tabTo(page, /^بعدی$/);
		await page.keyboard.press('Enter');
		await expect(itemTitle).toBeFocused();
	}
	expect(answered).toBeGreaterThan(20);
	await expect(page).toHaveURL(/\/results$/);
	// One lens: the readiness index is that lens's weighted score, shown in Persian digits.
	await expect(page.getByRole('heading', { name: 'شاخص آمادگی' })).toBeVisible();
	const shown = (await page.getByTestId('readiness-index').textContent()) ?? '';
	const expected = Math.round(expectedIndex('questionnaires/building-blocks.yaml'));
	expect(shown).toBe(new Intl.NumberFormat('fa-IR').format(expected));
});
