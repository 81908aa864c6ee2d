// The question pages carry only the item on screen; the rest of the questionnaire comes once
// from content.json, which the browser keeps. Only the page's own respondent may read it.
import { describe, expect, inject, it } from 'vitest';
import { Client, createOrganisation, signUp } from './client';
import { joinWorkshop, startWorkshop } from './workshop-support';

const engine = inject('engine');

describe(`question content (${engine})`, () => {
	it('sends the wizard a skeleton and the full text from a cacheable URL', async () => {
		const owner = new Client();
		await signUp(owner, 'Content Owner');
		const orgId = await createOrganisation(owner, 'Content Ltd');
		const created = await owner.action(`/orgs/${orgId}/assessments/new?/create`, {
			title: 'Readiness',
			mode: 'self',
			lenses: ['strategic-planning', 'building-blocks'],
			locale: 'en'
		});
		const base = `/orgs/${orgId}/assessments/${created.location?.split('/')[4]}`;
		await owner.action(`${base}/respond?/start`, { role: 'executive' });
		const page = await (await owner.get(`${base}/respond`)).text();
		// The page stands outside the assessment's layout, and still names the assessment.
		expect(page).toContain('<title>Readiness — CRM Readiness</title>');
		expect(page).toMatch(/<h1[^>]*>Readiness<\/h1>/);
		// The first item's statement text is in the page; a later item's is not.
		const res = await owner.get(`${base}/respond/content.json?hl=en`);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toContain('immutable');
		const lenses = (await res.json()) as {
			items: { id: string; statements: { id: string; text: string }[] }[];
		}[];
		const items = lenses.flatMap((l) => l.items);
		const [first, last] = [items[0], items.at(-1)];
		expect(page).toContain(first?.statements[0]?.text);
		expect(last?.statements[0]?.text.length).toBeGreaterThan(20);
		expect(page).not.toContain(last?.statements[0]?.text);

		const stranger = new Client();
		await signUp(stranger, 'Content Stranger');
		expect((await stranger.get(`${base}/respond/content.json`)).status).toBe(404);
		const strangersPage = await stranger.get(`${base}/respond`);
		expect(strangersPage.status).toBe(404);
		expect(await strangersPage.text()).not.toContain('Readiness</h1>');
	});

	it('gives a workshop’s text to its participants only', async () => {
		const w = await startWorkshop();
		const participant = await joinWorkshop(w.code, { role: 'specialist' });
		const res = await participant.get(`/j/${w.code}/content.json?hl=en`);
		expect(res.status).toBe(200);
		expect(((await res.json()) as unknown[]).length).toBe(3);
		expect((await new Client().get(`/j/${w.code}/content.json`)).status).toBe(404);
	});
});
