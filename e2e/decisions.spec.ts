// From scores to decisions in a real browser, in English and in Persian: a facilitator sets the
// targets of one lens, three participants (one on a phone) answer — one marks a statement "not
// applicable" — the facilitator reveals and records what the room agreed on the most disputed
// statement, the participants see it without reloading, and the results show current, target,
// projected, crowd and agreed, with "why this score" opened from the keyboard.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Locale } from '../src/lib/i18n/locale';
import { firstSection, re, say, type Say } from './say';
import { createOrganisation, signUp, switchLanguage } from './support';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A workshop as the form proposes it (anonymous, the default): decisions work there too. */
async function createWorkshop(page: Page, T: Say, lang: Locale) {
	await page.getByRole('link', { name: re(T('home.dashboard.new_assessment')) }).click();
	await page.getByLabel(T('assessment.new.name'), { exact: true }).fill('Decisions');
	await page.getByRole('radio', { name: re(T('assessment.modes.workshop'), true) }).check();
	await page.getByLabel(T('assessment.new.language')).selectOption(lang);
	await page.getByRole('button', { name: T('assessment.new.submit') }).click();
	await expect(page.getByRole('link', { name: T('assessment.overview.workshop') })).toBeVisible();
	return page.url();
}

async function openSession(page: Page, T: Say) {
	await page.getByRole('link', { name: T('assessment.overview.workshop') }).click();
	await page.getByRole('button', { name: T('workshop.controls.open') }).click();
	await firstSection(page, T, 'open');
	return page.getByRole('textbox', { name: T('workshop.join_panel.link') }).inputValue();
}

async function join(browser: Browser, link: string, T: Say, role: string, phone = false) {
	const context = await browser.newContext(phone ? PHONE : {});
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('radio', { name: T(`respond.roles.${role}`) }).check();
	await page.getByRole('button', { name: T('respond.start.submit') }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	const statements = page.getByRole('group').filter({ has: page.getByRole('radio') });
	return { context, page, statements };
}

for (const lang of ['en', 'fa'] as const) {
	test(`targets, not applicable and workshop consensus reach the results (${lang})`, async ({
		page,
		browser
	}) => {
		const T = say(lang);
		await signUp(page, 'Dana Facilitator');
		await createOrganisation(page, 'Pars Logistics');
		if (lang === 'fa') await switchLanguage(page, 'fa');
		const overview = await createWorkshop(page, T, lang);

		// Targets for one lens, before anyone answers.
		await page.goto(`${overview}/results`);
		const targets = page.locator('details', { hasText: T('results.targets.title') }).first();
		await targets.locator('summary').click();
		await targets
			.getByRole('combobox', { name: re(T('results.targets.lens_label', { lens: '' }), true) })
			.selectOption('4');
		await targets.getByRole('button', { name: T('results.targets.set_lens') }).click();
		await expect(
			page.getByRole('status').filter({ hasText: T('results.targets.saved') })
		).toBeVisible();

		await page.goto(overview);
		const link = await openSession(page, T);
		await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

		// Split on the first statement (0 against 4), agreed on the second; one "not applicable".
		const people = [
			{ role: 'executive', levels: [0, 2] },
			{ role: 'middle_manager', levels: [4, 2], phone: true },
			{ role: 'specialist', levels: [4, 2] }
		];
		const joined = [];
		for (const p of people) {
			const j = await join(browser, link, T, p.role, p.phone);
			for (const [i, level] of p.levels.entries())
				await j.statements.nth(i).getByRole('radio').nth(level).check();
			joined.push(j);
		}
		const [first, phone] = joined;
		if (!first || !phone) throw new Error('participants missing');
		const third = first.statements.nth(2);
		await third.getByRole('radio', { name: re(T('respond.wizard.not_applicable'), true) }).check();
		await third
			.getByRole('combobox', { name: T('respond.wizard.na_reason') })
			.selectOption('out-of-scope');
		await third.getByRole('textbox', { name: T('respond.wizard.na_note') }).fill('Phase two');
		for (const j of joined)
			await expect(
				j.page.getByRole('status').filter({ hasText: T('respond.save.saved') })
			).toBeVisible();

		// Anonymous: an open section's figures are withheld (a lone answer could be read off two
		// updates), so the facilitator locks it; then sees the N/A count, reveals, and takes the
		// median of the top dispute.
		await firstSection(page, T, 'lock');
		const participation = page.getByRole('region', { name: T('workshop.participation.title') });
		await expect(participation).toContainText(T('workshop.consensus.not_applicable', { count: 1 }));
		await page.getByRole('button', { name: T('workshop.controls.reveal') }).click();
		const discussion = page.getByRole('region', { name: T('workshop.discussion.title') });
		const disputed = (await discussion.getByRole('heading', { level: 3 }).textContent()) ?? '';
		await discussion
			.getByRole('textbox', { name: T('workshop.consensus.rationale') })
			.fill('Two regions already work this way');
		// M with the focus in the discussion panel. (A live re-ordering between the rationale and
		// the key once swapped the statement on screen, dropping the focus and the text; the
		// panel now keeps its statement from the first touch: e2e/workshop.spec.ts proves it.)
		await discussion.getByRole('button', { name: T('workshop.discussion.next') }).press('m');
		await expect(
			page.getByRole('status').filter({ hasText: T('workshop.consensus.recorded') })
		).toBeVisible();
		await expect(discussion.getByTestId('agreed-level')).toContainText(
			T('workshop.consensus.agreed', { level: 4 })
		);
		await expect(
			discussion
				.getByRole('list', { name: T('workshop.discussion.list') })
				.getByRole('listitem')
				.first()
		).toContainText(T('workshop.consensus.short', { level: 4 }));
		// The focus is still in the panel after the agreement (SvelteKit would move it to the
		// page's start): the clicker's next keys walk on, and back.
		const heading = discussion.getByRole('heading', { level: 3 });
		await page.keyboard.press('PageDown');
		await expect(heading).not.toHaveText(disputed);
		await page.keyboard.press('PageUp');
		await expect(heading).toHaveText(disputed);

		// Every participant sees it, without reloading.
		for (const j of joined) {
			const agreed = j.page.getByRole('region', { name: T('join.agreed.title') });
			await expect(agreed).toContainText(disputed.trim());
			await expect(agreed).toContainText('Two regions already work this way');
		}
		await phone.page.screenshot({
			path: `test-results/decisions-phone-${lang}.png`,
			fullPage: true
		});
		expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);

		// Results: current, target, projected, crowd and agreed, and the gap to target.
		await page.goto(`${overview}/results`);
		const figures = page.getByRole('region', { name: T('results.headline.figures'), exact: true });
		for (const column of ['current', 'target', 'projected', 'crowd', 'agreed'])
			await expect(
				figures.getByRole('columnheader', { name: T(`results.table.${column}`) })
			).toBeVisible();
		await expect(page.getByTestId('gap-to-target')).not.toHaveText('—');
		const index = page.getByRole('row', { name: re(T('results.headline.index_row'), true) });
		const cells = index.getByRole('cell');
		const crowd = await cells.nth(4).textContent();
		const agreed = await cells.nth(5).textContent();
		// The agreed 4 sits above the crowd's mean of 2.7 on that statement.
		expect(
			Number(agreed?.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))))
		).toBeGreaterThan(Number(crowd?.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))));
		await page.getByRole('link', { name: T('results.view.agreed') }).click();
		await expect(page).toHaveURL(/view=agreed/);
		await expect(page.getByRole('link', { name: T('results.view.agreed') })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(page.getByTestId('readiness-index')).toHaveText(agreed ?? '');
		// The roadmap scored as this page is: the agreed view, in the reader's language.
		const pdf = page.getByRole('link', { name: T('results.view.pdf') });
		await expect(pdf).toHaveAttribute('href', 'report.pdf?view=agreed');
		const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
		expect(download.suggestedFilename()).toMatch(
			lang === 'fa' ? /نقشهٔ راه CRM [۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\.pdf$/ : /-en\.pdf$/
		);
		const bytes = await readFile((await download.path()) as string);
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		// "Not applicable" reported apart, with its reason.
		const na = page.getByRole('region', { name: T('results.na.title'), exact: true });
		await expect(na).toContainText(T('results.na.reasons.out-of-scope'));
		await expect(na).toContainText('Phase two');

		// "Why this score", opened from the keyboard.
		const why = page.locator('summary', { hasText: T('results.headline.index') }).first();
		await why.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: T('results.why.index_title') })).toBeVisible();
		for (const width of [390, 1440]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({
				path: `test-results/decisions-results-${lang}-${width}.png`,
				fullPage: true
			});
		}
		for (const j of joined) await j.context.close();
	});
}
