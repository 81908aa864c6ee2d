// Statements for the right people (issue 15 §4), in a real browser and in Persian: a middle
// manager and a front-line supervisor join one workshop; each is asked the common statements
// plus their own layer's, and the facilitator's screen says how many people each statement
// was put to (a statement for executives, with no executive in the room, was put to nobody).
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { re, say } from './say';
import { createOrganisation, signUp, switchLanguage } from './support';

const T = say('fa');

interface Statement {
	id: string;
	text: { fa: string };
	audience?: string[];
}
interface Lens {
	title: { fa: string };
	items: { id: string; statements: Statement[] }[];
}
const lens = (id: string) => parse(readFileSync(`questionnaires/${id}.yaml`, 'utf8')) as Lens;
const blocks = lens('building-blocks');
// The first item of the building blocks (the vision): common statements and layers' own.
const vision = blocks.items[0]?.statements ?? [];
const textOf = (id: string) => vision.find((s) => s.id === id)?.text.fa ?? id;
const forLayer = (layer: string) =>
	vision.filter((s) => !s.audience || s.audience.includes(layer)).map((s) => s.text.fa);

async function join(browser: Browser, link: string, role: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('radio', { name: T(`respond.roles.${role}`) }).check();
	await page.getByRole('button', { name: T('respond.start.submit') }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	return { context, page };
}

/** The statements the wizard shows on its page, by their text. */
async function shown(page: Page) {
	const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
	await expect(groups.first()).toBeVisible();
	return groups.locator('legend').allTextContents();
}

test('each layer is asked the common statements plus its own; the facilitator sees how many were asked (fa)', async ({
	page,
	browser
}) => {
	// The premise: the vision item has statements for each layer and common ones.
	expect(forLayer('middle_manager')).toContain(textOf('differentiation'));
	expect(forLayer('specialist')).toContain(textOf('staff-understanding'));
	expect(forLayer('specialist')).not.toContain(textOf('differentiation'));

	await signUp(page, 'Dana Facilitator');
	await createOrganisation(page, 'Pars Logistics');
	await switchLanguage(page, 'fa');
	await page.getByRole('link', { name: re(T('home.dashboard.new_assessment')) }).click();
	await page.getByLabel(T('assessment.new.name'), { exact: true }).fill('کارگاه لایه‌ها');
	await page.getByRole('radio', { name: re(T('assessment.modes.workshop')) }).check();
	await page.getByRole('checkbox', { name: re(T('assessment.new.anonymous')) }).uncheck();
	// Only the building blocks, at the stage of choosing a CRM.
	for (const other of ['strategic-planning', 'failure-risks'])
		await page.getByRole('checkbox', { name: re(lens(other).title.fa) }).uncheck();
	await page.getByRole('radio', { name: re(T('assessment.stages.choosing')) }).check();
	await page.getByLabel(T('assessment.new.language')).selectOption('fa');
	await page.getByRole('button', { name: T('assessment.new.submit') }).click();
	await expect(
		page.getByText(T('assessment.overview.stage', { stage: T('assessment.stages.choosing') }))
	).toBeVisible();
	await page.getByRole('link', { name: T('assessment.overview.workshop') }).click();
	await page.getByRole('button', { name: T('workshop.controls.open') }).click();
	await page
		.getByRole('button', { name: re(T('workshop.controls.open_named', { section: '' })) })
		.first()
		.click();
	await expect(
		page.getByRole('status').filter({ hasText: T('workshop.live.section_opened') })
	).toBeVisible();
	const link = await page
		.getByRole('textbox', { name: T('workshop.join_panel.link') })
		.inputValue();

	const middle = await join(browser, link, 'middle_manager');
	const front = await join(browser, link, 'specialist');
	for (const [person, layer] of [
		[middle, 'middle_manager'],
		[front, 'specialist']
	] as const) {
		const legends = await shown(person.page);
		const expected = forLayer(layer);
		expect(legends).toHaveLength(expected.length);
		expected.forEach((text, i) => expect(legends[i]).toContain(text));
		// Each answers everything put to them, at level 3.
		const groups = person.page.getByRole('group').filter({ has: person.page.getByRole('radio') });
		for (let i = 0; i < expected.length; i++) await groups.nth(i).getByRole('radio').nth(3).check();
		await expect(
			person.page.getByRole('status').filter({ hasText: T('respond.save.saved') })
		).toBeVisible();
	}
	const middleSees = await shown(middle.page);
	expect(middleSees.some((t) => t.includes(textOf('staff-understanding')))).toBe(false);

	// The facilitator's screen: how many people each statement was put to, and answered by.
	const charts = page.getByRole('region', { name: T('join.charts.title') });
	const row = (id: string) => charts.getByRole('listitem').filter({ hasText: textOf(id) });
	const counts = (asked: number, answered: number) => T('join.charts.asked', { asked, answered });
	await expect(row('value-proposition')).toContainText(counts(2, 2));
	await expect(row('differentiation')).toContainText(counts(1, 1));
	await expect(row('staff-understanding')).toContainText(counts(1, 1));
	await expect(row('crm-vision')).toContainText(counts(0, 0));

	await middle.context.close();
	await front.context.close();
});
