// An answered self-assessment, made quickly: created through the UI, its answers sent straight
// to the wizard's save endpoint (the wizard itself is proven in self-assessment.spec.ts).
import { expect, type Page } from '@playwright/test';
import { loadQuestionnaires } from '../src/lib/server/questionnaires/load';

/**
 * Creates a self-assessment of every lens and answers every statement as an executive, at the
 * level `level` gives for the item's and the statement's positions (by default, by position);
 * returns its URL.
 */
export async function answeredAssessment(
	page: Page,
	{
		title = 'Readiness before the tender',
		level = (i: number, j: number) => (i + j) % 3
	}: { title?: string; level?: (item: number, statement: number) => number } = {}
): Promise<string> {
	await page.getByRole('link', { name: 'New assessment' }).click();
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Create assessment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const base = new URL(page.url()).pathname;
	await page.getByRole('link', { name: 'Answer the questionnaire' }).click();
	await page.getByLabel('Executive / senior manager').check();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
	// The wizard is proven elsewhere: here the answers go straight to its save endpoint.
	const answers = loadQuestionnaires().lenses.flatMap((l) =>
		l.items.flatMap((item, i) =>
			item.statements.map((s, j) => ({
				item: item.id,
				statement: s.id,
				answer: level(i, j),
				seq: 1
			}))
		)
	);
	const saved = await page.request.post(`${base}/respond/save`, {
		data: { answers, comments: [] }
	});
	expect(saved.ok(), await saved.text()).toBe(true);
	return base;
}
