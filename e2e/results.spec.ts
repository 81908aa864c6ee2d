// Results, milestones and trend: a member completes a small self-assessment, reads the results
// (index, radar and its table), switches to Persian (Persian digits, right to left, charts
// mirrored), freezes a milestone, re-assesses from it and sees the trend run right to left.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signUpWithOrganisation, switchLanguage } from './support';

/** Levels given to the eight building blocks, in questionnaire order. */
const FIRST = [3, 2, 4, 1, 2, 3, 0, 4];
const SECOND = [4, 4, 4, 4, 4, 4, 4, 4];
const SAVED = /All answers saved|همهٔ پاسخ‌ها ذخیره شد/;

/** Answers every statement of each item at its level, moving on with `next`, then finishes. */
async function answerItems(page: Page, levels: number[], next: string, finish: string) {
	const title = page.getByRole('heading', { level: 2 });
	// The save status appears once the wizard is hydrated and can save what is chosen.
	await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
	for (const [i, level] of levels.entries()) {
		const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
		await expect(groups.first()).toBeVisible();
		const count = await groups.count();
		for (let s = 0; s < count; s++) await groups.nth(s).getByRole('radio').nth(level).check();
		if (i === levels.length - 1) break;
		const before = await title.textContent();
		await page.getByRole('button', { name: next, exact: true }).click();
		await expect(title).not.toHaveText(before ?? '');
	}
	await page.getByRole('button', { name: finish }).click();
	await expect(page).toHaveURL(/\/results$/);
}

test('results with charts and tables, in Persian; a milestone, a re-assessment and the trend', async ({
	page
}) => {
	// Two assessments, a milestone and the trend: up to two minutes on a busy machine.
	test.setTimeout(240_000);
	await signUpWithOrganisation(page, 'Results Trading');
	await page.getByRole('link', { name: 'New assessment' }).click();
	await page.getByLabel('Title').fill('Readiness check');
	for (const box of await page.getByRole('checkbox').all())
		if ((await box.getAttribute('value')) !== 'building-blocks') await box.uncheck();
	await page.getByRole('button', { name: 'Create assessment' }).click();
	await page.getByRole('link', { name: 'Answer the questionnaire' }).click();
	await page.getByLabel('Executive / senior manager').check();
	await page.getByRole('button', { name: 'Start' }).click();
	await answerItems(page, FIRST, 'Next', 'Finish and see results');

	// Index: Σ weight × 25·level / Σ weight over the blocks
	// = (1.5·75 + 50 + 1.25·100 + 1.25·25 + 50 + 75 + 0 + 100) / 9 = 543.75 / 9 ≈ 60.
	await expect(page.getByTestId('readiness-index')).toHaveText('60');
	await expect(page.getByText('Developing', { exact: true })).toBeVisible();
	const radar = page.getByRole('table', { name: /score of each building block/ });
	const expected = { Vision: '75', Strategy: '50', Technology: '0', Metrics: '100' };
	for (const [block, score] of Object.entries(expected))
		await expect(radar.getByRole('row', { name: block }).getByRole('cell').first()).toHaveText(
			score
		);
	await expect(
		page.getByRole('img', { name: /Radar chart/ }).locator('svg.apexcharts-svg')
	).toBeVisible();
	// A single respondent: no role comparison and no disagreement to show, said in words.
	await expect(page.getByText(/at least two role layers/)).toBeVisible();
	await expect(page.getByText(/at least two people have answered/)).toBeVisible();

	await switchLanguage(page, 'fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByTestId('readiness-index')).toHaveText('۶۰');
	const radarFa = page.getByRole('table', { name: /امتیاز هر جزء سازنده/ });
	await expect(
		radarFa.getByRole('row', { name: 'چشم‌انداز' }).getByRole('cell').first()
	).toHaveText('۷۵');
	const chart = page.getByRole('img', { name: /نمودار راداری/ });
	await expect(chart).toHaveAttribute('dir', 'ltr');
	// ApexCharts draws our labels: Persian block names and Persian digits on the scale.
	await expect(chart.locator('svg.apexcharts-svg')).toContainText('چشم‌انداز');
	await expect(chart.locator('svg.apexcharts-svg')).toContainText('۱۰۰');
	await expect(chart.locator('svg.apexcharts-svg')).not.toContainText('100');

	await page.getByRole('link', { name: 'نقاط عطف و روند' }).click();
	await page.getByLabel('نام نقطهٔ عطف').fill('پیش از آموزش');
	await page.getByRole('button', { name: 'ثبت نقطهٔ عطف' }).click();
	await expect(page.getByRole('status')).toContainText('نقطهٔ عطف ثبت شد.');
	const list = page.getByRole('table', { name: 'نقاط عطف این ارزیابی' });
	await expect(list.getByRole('row', { name: /پیش از آموزش/ })).toContainText('۶۰');

	await page.getByLabel('عنوان ارزیابی تازه').fill('بررسی دوباره');
	await page.getByRole('button', { name: 'آغاز ارزیابی دوباره' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'بررسی دوباره' })).toBeVisible();
	await page.getByRole('link', { name: 'پاسخ به پرسش‌نامه' }).click();
	await page.getByLabel('مدیر ارشد').check();
	await page.getByRole('button', { name: 'شروع' }).click();
	await answerItems(page, SECOND, 'بعدی', 'پایان و دیدن نتایج');
	await expect(page.getByTestId('readiness-index')).toHaveText('۱۰۰');

	await page.getByRole('link', { name: 'نقاط عطف و روند' }).click();
	await page.getByLabel('نام نقطهٔ عطف').fill('پس از آموزش');
	await page.getByRole('button', { name: 'ثبت نقطهٔ عطف' }).click();
	await expect(page.getByRole('status')).toContainText('نقطهٔ عطف ثبت شد.');

	// The trend runs through both assessments: the index went from 60 to 100.
	const trend = page.getByRole('table', { name: /شاخص و امتیاز منظرها در هر نقطهٔ عطف/ });
	const index = trend.getByRole('row', { name: /^شاخص آمادگی/ });
	await expect(index.getByRole('cell')).toHaveText(['۶۰', '۱۰۰', /\+۴۰/]);
	const today = new Intl.DateTimeFormat('fa-IR', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		timeZone: 'UTC'
	}).format(new Date());
	await expect(
		trend.getByRole('columnheader', { name: new RegExp(`پیش از آموزش · ${today}`) })
	).toBeVisible();
	const line = page.getByRole('img', { name: /نمودار خطی/ });
	await expect(line).toHaveAttribute('dir', 'ltr');
	await expect(line.locator('svg.apexcharts-svg')).toContainText('پس از آموزش');
	// Time runs right to left: the first milestone's label stands to the right of the later one's,
	// and the value axis stands on the right of them both.
	const box = async (l: Locator) => {
		const b = await l.boundingBox();
		if (!b) throw new Error('not drawn');
		return b;
	};
	const earlier = await box(line.locator('.apexcharts-xaxis-label', { hasText: 'پیش از آموزش' }));
	const later = await box(line.locator('.apexcharts-xaxis-label', { hasText: 'پس از آموزش' }));
	expect(earlier.x).toBeGreaterThan(later.x + later.width);
	const values = await box(line.locator('.apexcharts-yaxis-texts-g'));
	expect(values.x).toBeGreaterThan(earlier.x);
	await expect(line.locator('.apexcharts-yaxis-label').first()).toHaveCSS('font-size', '12px');
	const vision = page.getByRole('table', { name: /جزء سازنده/ }).getByRole('row', {
		name: /^چشم‌انداز/
	});
	await expect(vision.getByRole('cell')).toHaveText(['۷۵', '۱۰۰', /\+۲۵/]);
});
