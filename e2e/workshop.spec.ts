// The live workshop in a real browser, in English and in Persian: a facilitator runs the
// session on the big screen while three participants (one on a phone) join and answer in
// their own browser contexts; and an anonymous session that reveals nobody.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { formatNumber, type Locale } from '../src/lib/i18n/locale';
import { firstSection, re, say, type Say } from './say';
import { createOrganisation, signUp, switchLanguage } from './support';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Creates a workshop from the UI and opens its live page; returns the live page's URL. */
async function createWorkshop(page: Page, T: Say, lang: Locale, anonymous: boolean) {
	await page.getByRole('link', { name: re(T('home.dashboard.new_assessment')) }).click();
	await page
		.getByLabel(T('assessment.new.name'), { exact: true })
		.fill(anonymous ? 'Anonymous pulse' : 'Kick-off');
	await page.getByRole('radio', { name: re(T('assessment.modes.workshop'), true) }).check();
	await page
		.getByRole('checkbox', { name: re(T('assessment.new.anonymous')) })
		.setChecked(anonymous);
	await page.getByLabel(T('assessment.new.language')).selectOption(lang);
	await page.getByRole('button', { name: T('assessment.new.submit') }).click();
	await page.getByRole('link', { name: T('assessment.overview.workshop') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(T('workshop.live.title'));
	await page.getByRole('button', { name: T('workshop.controls.open') }).click();
	await expect(page.getByRole('img', { name: T('workshop.join_panel.qr') })).toBeVisible();
	// The first section (strategic planning) is the one the group answers.
	await page
		.getByRole('button', {
			name: re(T('workshop.controls.open_named', { section: '' }), true)
		})
		.first()
		.click();
	await expect(
		page.getByRole('status').filter({ hasText: T('workshop.live.section_opened') })
	).toBeVisible();
	return page.getByRole('textbox', { name: T('workshop.join_panel.link') }).inputValue();
}

interface Person {
	role: string;
	department?: string;
	name?: string;
	/** Levels for the first item's first two statements. */
	levels: [number, number];
	phone?: boolean;
}

async function join(browser: Browser, link: string, T: Say, person: Person) {
	const context: BrowserContext = await browser.newContext(person.phone ? PHONE : {});
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('radio', { name: T(`respond.roles.${person.role}`) }).check();
	if (person.department)
		await page.getByLabel(T('respond.start.department'), { exact: true }).fill(person.department);
	if (person.name)
		await page.getByLabel(T('respond.start.name'), { exact: true }).fill(person.name);
	await page.getByRole('button', { name: T('respond.start.submit') }).click();
	// The wizard replaces the join form (its progress bar is the sign).
	await expect(page.getByRole('progressbar')).toBeVisible();
	const statements = page.getByRole('group').filter({ has: page.getByRole('radio') });
	for (const [i, level] of person.levels.entries())
		await statements.nth(i).getByRole('radio').nth(level).check();
	await expect(page.getByRole('status').filter({ hasText: T('respond.save.saved') })).toBeVisible();
	return { context, page, statements };
}

/** The text of a statement as the wizard shows it (its legend, without the number). */
function statementText(statements: ReturnType<Page['getByRole']>, i: number) {
	return statements
		.nth(i)
		.locator('legend')
		.evaluate((legend) => legend.lastChild?.textContent?.trim() ?? '');
}

for (const lang of ['en', 'fa'] as const) {
	test(`a facilitator runs a live workshop with three participants (${lang})`, async ({
		page,
		browser
	}) => {
		const T = say(lang);
		const n = (v: number) => formatNumber(lang, v);
		await signUp(page, 'Dana Facilitator');
		await createOrganisation(page, 'Pars Logistics');
		if (lang === 'fa') await switchLanguage(page, 'fa');
		const link = await createWorkshop(page, T, lang, false);
		expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[a-z2-9]{10}$/);
		// Everything below happens without the big screen reloading.
		await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

		// They agree on the second statement (level 2) and split on the first (0 against 4).
		const people: Person[] = [
			{ role: 'executive', department: 'Board', name: 'Sara', levels: [0, 2] },
			{ role: 'middle_manager', department: 'Sales', levels: [4, 2], phone: true },
			{ role: 'specialist', levels: [4, 2] }
		];
		const joined = [];
		for (const p of people) joined.push(await join(browser, link, T, p));
		const [first, phone] = joined;
		if (!first || !phone) throw new Error('participants missing');
		await expect(phone.page.locator('html')).toHaveAttribute('dir', lang === 'fa' ? 'rtl' : 'ltr');
		const disputed = await statementText(first.statements, 0);
		const agreed = await statementText(first.statements, 1);

		const participation = page.getByRole('region', { name: T('workshop.participation.title') });
		await expect(participation.getByRole('definition').nth(0)).toHaveText(n(3));
		await expect(participation.getByRole('definition').nth(1)).toHaveText(n(3));
		const discussion = page.getByRole('region', { name: T('workshop.discussion.title') });
		const list = discussion.getByRole('list', { name: T('workshop.discussion.list') });
		await expect(list.getByRole('listitem')).toHaveCount(2);
		// Its markers count in the page's digits: ۱. ۲. on a Persian page.
		await expect(list).toHaveCSS('list-style-type', lang === 'fa' ? 'persian' : 'decimal');
		await expect(list.getByRole('listitem').first()).toContainText(disputed);
		await expect(list.getByRole('listitem').nth(1)).toContainText(agreed);
		await expect(discussion.getByRole('heading', { level: 3 })).toHaveText(disputed);
		// The role-layer gap: middle managers (4) against executives (0), four levels apart.
		await expect(discussion).toContainText(
			T('workshop.discussion.gap', {
				high: T('respond.roles.middle_manager'),
				high_mean: n(4),
				low: T('respond.roles.executive'),
				low_mean: n(0),
				gap: n(4)
			})
		);

		// Once the facilitator starts on the statement on screen (here, typing a rationale), a
		// live re-ordering does not swap it: the first participant's change makes the other
		// statement the top dispute, and the panel keeps the one being discussed and the text.
		const rationale = discussion.getByRole('textbox', { name: T('workshop.consensus.rationale') });
		await rationale.fill('Sales and the board see this differently');
		const answer = async (levels: [number, number]) => {
			for (const [i, level] of levels.entries())
				await first.statements.nth(i).getByRole('radio').nth(level).check();
			await expect(
				first.page.getByRole('status').filter({ hasText: T('respond.save.saved') })
			).toBeVisible();
		};
		await answer([4, 0]);
		await expect(list.getByRole('listitem').first()).toContainText(agreed);
		await expect(discussion.getByRole('heading', { level: 3 })).toHaveText(disputed);
		await expect(rationale).toHaveValue('Sales and the board see this differently');
		await answer([0, 2]);
		await expect(list.getByRole('listitem').first()).toContainText(disputed);
		await rationale.fill('');

		// Walking the list with the keyboard (a presenter's clicker sends Page Down / Page Up).
		await discussion.getByRole('button', { name: T('workshop.discussion.next') }).focus();
		await page.keyboard.press('PageDown');
		await expect(discussion).toContainText(T('workshop.discussion.position', { n: 2, total: 2 }));
		await expect(discussion.getByRole('heading', { level: 3 })).toHaveText(agreed);
		await page.keyboard.press('PageUp');
		await expect(discussion.getByRole('heading', { level: 3 })).toHaveText(disputed);

		// Results revealed: the phone shows the group's summary, without reloading.
		await page.getByRole('button', { name: T('workshop.controls.reveal') }).click();
		await expect(
			phone.page.getByRole('heading', { name: T('join.participant.results_title') })
		).toBeVisible();

		// Closed: the phone is told, and a late answer is refused with a clear message.
		await page.getByRole('button', { name: T('workshop.controls.close') }).click();
		await expect(
			phone.page.getByRole('status').filter({ hasText: T('join.participant.closed_now') })
		).toBeVisible();
		await phone.statements.nth(2).getByRole('radio').nth(1).check();
		await expect(
			phone.page.getByRole('status').filter({ hasText: T('join.errors.closed') })
		).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: T('workshop.live.session_closed') })
		).toBeVisible();

		expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
		for (const j of joined) await j.context.close();
	});
}

test('an anonymous session reveals nobody, the facilitator included', async ({ page, browser }) => {
	const T = say('en');
	await signUp(page, 'Dana Facilitator');
	const orgId = await createOrganisation(page, 'Quiet Co');
	const link = await createWorkshop(page, T, 'en', true);
	const live = page.url();

	const people: Person[] = [
		{ role: 'executive', department: 'Dept-Kestrel', levels: [0, 3] },
		{ role: 'specialist', department: 'Dept-Osprey', levels: [4, 1], phone: true },
		{ role: 'other', department: 'Dept-Heron', levels: [2, 2] }
	];
	const joined = [];
	for (const p of people) {
		const j = await join(browser, link, T, p);
		joined.push(j);
	}
	// No name field at all on the join form of an anonymous session.
	const fresh = await browser.newContext();
	const visitor = await fresh.newPage();
	await visitor.goto(link);
	await expect(visitor.getByText(T('join.participant.anonymous'))).toBeVisible();
	await expect(visitor.getByRole('radio').first()).toBeVisible();
	await expect(visitor.getByLabel(T('respond.start.name'), { exact: true })).toHaveCount(0);
	await fresh.close();

	const participation = page.getByRole('region', { name: T('workshop.participation.title') });
	await expect(participation.getByRole('definition').nth(1)).toHaveText('3');
	// While the section is open its figures are withheld; locking it shows them all at once.
	await expect(page.getByText(T('join.charts.withheld_open')).first()).toBeVisible();
	await firstSection(page, T, 'lock');
	const discussion = page.getByRole('region', { name: T('workshop.discussion.title') });
	// One person per role layer: no comparison between layers is shown.
	await expect(discussion).toContainText(T('workshop.discussion.no_gap'));
	await expect(discussion).toContainText(T('workshop.discussion.hidden_roles'));

	// Nothing the facilitator can open or download names a department (each is one person).
	const assessment = live.replace(/\/live$/, '');
	const departments = /Dept-(Kestrel|Osprey|Heron)/;
	const pages = [live, assessment, `${assessment}/results`, `${assessment}/milestones`];
	for (const url of pages) {
		await page.goto(url);
		await expect(page.locator('main')).toBeVisible();
		expect(await page.content(), url).not.toMatch(departments);
		const data = await page.evaluate(async (u) => (await fetch(`${u}/__data.json`)).text(), url);
		expect(data, `${url}/__data.json`).not.toMatch(departments);
	}
	// The live stream the big screen downloads: aggregates only.
	const streamed = await page.evaluate(async (u) => {
		const res = await fetch(`${u}/events`);
		const reader = res.body?.getReader();
		let text = '';
		while (reader && !text.includes('event: snapshot')) {
			const { value, done } = await reader.read();
			if (done) break;
			text += new TextDecoder().decode(value);
		}
		await reader?.cancel();
		return text;
	}, live);
	expect(streamed).toContain('"answering":3');
	expect(streamed).not.toMatch(departments);
	expect(streamed).not.toMatch(/respondent|individuals|"name"/);
	expect(orgId).toMatch(/^[0-9a-f-]{36}$/);
	for (const j of joined) await j.context.close();
});
