// Results, milestones and the portfolio benchmark through the HTTP the browser uses, against
// the production build: what the pages show, who may freeze and re-assess, and what is refused.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, createOrganisation, signUp } from './client';
import { seedTenant, type Tenant } from './tenant';

const engine = inject('engine');

/** A self-assessment in `orgId` whose only answer is the vision statement at `level`. */
async function answered(client: Client, orgId: string, level: number) {
	const created = await client.action(`/orgs/${orgId}/assessments/new?/create`, {
		title: 'Readiness',
		mode: 'self',
		lenses: 'building-blocks',
		locale: 'en'
	});
	const base = `/orgs/${orgId}/assessments/${created.location?.split('/')[4]}`;
	await client.action(`${base}/respond?/start`, { role: 'executive' });
	const saved = await client.request('POST', `${base}/respond/save`, {
		body: JSON.stringify({
			answers: [{ item: 'vision', statement: 'crm-vision', answer: level, seq: 1 }],
			comments: []
		}),
		headers: { 'content-type': 'application/json' }
	});
	expect(saved.status).toBe(200);
	return base;
}

const section = (html: string, id: string) =>
	html.match(new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`))?.[0] ?? '';

describe(`results and milestones (${engine})`, () => {
	let a: Tenant;
	let base: string;
	beforeAll(async () => {
		a = await seedTenant('Results');
		base = `/orgs/${a.params.orgId}/assessments/${a.params.assessmentId}`;
	});

	it('shows the index, every chart’s table and the seeded milestone', async () => {
		const html = await (await a.client.get(`${base}/results`)).text();
		// One answer, level 3 on the vision: 75 on the only lens anyone answered.
		expect(html).toMatch(/data-testid="readiness-index">75</);
		expect(html.match(/<caption[^>]*>/g)?.length).toBeGreaterThanOrEqual(4);
		expect(html).toContain('dir="ltr"');
		const milestones = await (await a.client.get(`${base}/milestones`)).text();
		expect(milestones).toContain('Results baseline');
	});

	it('answers 404 to another organisation’s member, who changes nothing', async () => {
		const other = await seedTenant('Outsider');
		for (const page of ['results', 'milestones'])
			expect((await other.client.get(`${base}/${page}`)).status, page).toBe(404);
		const milestone = (await (await a.client.get(`${base}/milestones`)).text()).match(
			/<option value="([0-9a-f-]{36})"/
		)?.[1];
		expect((await other.client.action(`${base}/milestones?/freeze`, { label: 'X' })).status).toBe(
			404
		);
		const reassess = await other.client.action(`${base}/milestones?/reassess`, {
			milestone: milestone ?? '',
			title: 'Stolen'
		});
		expect(reassess.status).toBe(404);
		const page = await (await a.client.get(`${base}/milestones`)).text();
		expect(page.match(/<option value=/g)).toHaveLength(1);
		expect(page).not.toContain('Stolen');
	});

	it('refuses bad input with 400 and a message key, and an empty assessment’s milestone', async () => {
		const blank = await a.client.action(`${base}/milestones?/freeze`, { label: '  ' });
		expect(blank).toMatchObject({
			status: 400,
			data: { errors: { label: { key: 'errors.required' } } }
		});
		const junk = await a.client.action(`${base}/milestones?/reassess`, {
			milestone: 'nope',
			title: 'Again'
		});
		expect(junk).toMatchObject({
			status: 400,
			data: { errors: { milestone: { key: 'errors.not_found' } } }
		});

		const created = await a.client.action(`/orgs/${a.params.orgId}/assessments/new?/create`, {
			title: 'Empty',
			mode: 'self',
			lenses: 'building-blocks',
			locale: 'en'
		});
		const empty = `/orgs/${a.params.orgId}/assessments/${created.location?.split('/')[4]}`;
		const refused = await a.client.action(`${empty}/milestones?/freeze`, { label: 'Too early' });
		expect(refused).toMatchObject({
			status: 400,
			data: { errors: { label: { key: 'results.milestones.errors.no_answers' } } }
		});
		expect((await a.client.get(`${empty}/results`)).status).toBe(200);
	});

	it('lets a viewer read results and milestones but not freeze or re-assess', async () => {
		const invite = await a.client.action(`/orgs/${a.params.orgId}/settings?/invite`, {
			role: 'viewer'
		});
		const link = (invite.data as { invite: { link: string } }).invite.link;
		const viewer = new Client();
		await signUp(viewer, 'Vera Viewer');
		await viewer.action(new URL(link).pathname, {});
		expect((await viewer.get(`${base}/results`)).status).toBe(200);
		const page = await (await viewer.get(`${base}/milestones`)).text();
		expect(page).toContain('Results baseline');
		expect(page).not.toContain('?/freeze');
		expect((await viewer.action(`${base}/milestones?/freeze`, { label: 'X' })).status).toBe(403);
		const milestone = (await (await a.client.get(`${base}/milestones`)).text()).match(
			/<option value="([0-9a-f-]{36})"/
		)?.[1];
		const reassess = await viewer.action(`${base}/milestones?/reassess`, {
			milestone: milestone ?? '',
			title: 'Viewer again'
		});
		expect(reassess.status).toBe(403);
	});

	it('starts a re-assessment from a milestone and carries the trend into it', async () => {
		const page = await (await a.client.get(`${base}/milestones`)).text();
		const milestone = page.match(/<option value="([0-9a-f-]{36})"/)?.[1] ?? '';
		const res = await a.client.action(`${base}/milestones?/reassess`, {
			milestone,
			title: 'Results — autumn'
		});
		expect(res.type).toBe('redirect');
		const next = res.location ?? '';
		expect(next).toMatch(/^\/orgs\/[0-9a-f-]{36}\/assessments\/[0-9a-f-]{36}$/);
		expect(next).not.toBe(base);
		const child = await (await a.client.get(`${next}/milestones`)).text();
		expect(child).toContain('Results baseline');
		expect(child).toContain(`href="${base}/milestones"`);
		// Nothing answered yet in the re-assessment.
		const results = await (await a.client.get(`${next}/results`)).text();
		expect(results).toContain('No answers yet');
	});
});

describe(`portfolio benchmark (${engine})`, () => {
	it('is hidden below three other clients, then shows quartiles without naming anyone', async () => {
		const consultant = new Client();
		await signUp(consultant, 'Bahar Consultant');
		const here = await createOrganisation(consultant, 'Benchmark Home');
		const results = `${await answered(consultant, here, 2)}/results`;
		const others: string[] = [];
		for (const [i, level] of [1, 2, 4].entries()) {
			const name = `Hidden Client ${i}`;
			const org = await createOrganisation(consultant, name);
			const clientBase = await answered(consultant, org, level);
			const frozen = await consultant.action(`${clientBase}/milestones?/freeze`, {
				label: 'Q1'
			});
			expect(frozen.type).toBe('success');
			others.push(name, org);
			const shown = section(await (await consultant.get(results)).text(), 'benchmark-title');
			if (i < 2) expect(shown).toContain(`(so far: ${i + 1})`);
		}
		const shown = section(await (await consultant.get(results)).text(), 'benchmark-title');
		expect(shown).toContain('latest milestones of 3 of your other clients');
		// Others: 25, 50, 100 → Q1 37.5 (written 38), median 50, Q3 75; this client 50.
		const cells = [...shown.matchAll(/<td class="num">(?:<strong>)?([^<]*)/g)].map((m) => m[1]);
		expect(cells.slice(0, 5)).toEqual(['50', '38', '50', '75', '3']);
		for (const secret of others) expect(shown).not.toContain(secret);
	});
});
