// Issue 17 §2: user text reaching a chart stays text. Markup is stored in every user field that
// reaches a chart — milestone labels (the trend), customer tiers and segments (the register's
// insights) — then every chart is hovered all over: the browser must not leave the page, load
// the injected image, or report a Content-Security-Policy violation, and the tooltip shows the
// markup as the text it is.
import { expect, test, type Page } from '@playwright/test';
import { signUpWithOrganisation } from './support';

const IMG = '<img src=x onerror=alert(1)>';
// Tiers and tags are at most 60 characters, and `;` separates tags: two spellings.
const META = '<meta http-equiv="refresh" content="0;url=https://evil.example">';
const META_SHORT = '<meta http-equiv=refresh content="0 url=//evil.example">';

/** Posts a form action as the page's script would (same origin, the action's JSON result). */
async function act(page: Page, path: string, fields: Record<string, string | string[]>) {
	const form = new URLSearchParams();
	for (const [k, v] of Object.entries(fields))
		for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
	const origin = new URL(page.url()).origin;
	const res = await page.request.post(path, {
		headers: {
			origin,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		},
		data: form.toString()
	});
	const body = (await res.json()) as { type: string; location?: string };
	expect(body.type, `${path}: ${JSON.stringify(body)}`).not.toBe('failure');
	return body;
}

/** Moves the pointer over every chart of the page, on a grid, so each tooltip opens. */
async function hoverCharts(page: Page): Promise<number> {
	const charts = page.getByRole('img').filter({ has: page.locator('svg.apexcharts-svg') });
	const count = await charts.count();
	for (let c = 0; c < count; c++) {
		const chart = charts.nth(c);
		await chart.scrollIntoViewIfNeeded();
		const box = await chart.boundingBox();
		if (!box) continue;
		for (const y of [0.3, 0.5, 0.75])
			for (let x = 0.05; x < 1; x += 0.1)
				await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
		// Over the legend too (bottom of the box).
		await page.mouse.move(box.x + box.width / 2, box.y + box.height - 5);
	}
	return count;
}

test('markup in milestone labels, tiers and segments stays text in every chart', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);
	// Anything leaving for evil.example, or the injected image, is recorded (and answered locally).
	const offsite: string[] = [];
	await context.route(/evil\.example/, (route) => {
		offsite.push(route.request().url());
		return route.fulfill({ status: 204 });
	});
	const images: string[] = [];
	page.on('request', (r) => {
		if (/\/x$/.test(new URL(r.url()).pathname)) images.push(r.url());
	});
	await context.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});

	const { orgId } = await signUpWithOrganisation(page, 'Hostile Text Ltd');
	const org = `/orgs/${orgId}`;

	// An answered self-assessment with two milestones named with markup: the trend chart.
	const created = await act(page, `${org}/assessments/new?/create`, {
		title: 'Readiness',
		mode: 'self',
		lenses: 'building-blocks',
		locale: 'en'
	});
	const base = `${org}/assessments/${created.location?.split('/')[4]}`;
	await act(page, `${base}/respond?/start`, { role: 'executive' });
	const saved = await page.request.post(`${base}/respond/save`, {
		headers: { origin: new URL(page.url()).origin, 'content-type': 'application/json' },
		data: {
			answers: [{ item: 'vision', statement: 'crm-vision', answer: 3, seq: 1 }],
			comments: []
		}
	});
	expect(saved.status()).toBe(200);
	await act(page, `${base}/milestones?/freeze`, { label: IMG });
	await act(page, `${base}/milestones?/freeze`, { label: META });

	// Customers whose tier and segments are markup, with values and satisfaction: the insights.
	const customers: [string, string, string][] = [
		[IMG, `${IMG}, ${META_SHORT}`, '5000000'],
		[META_SHORT, IMG, '1200000'],
		['Gold', META_SHORT, '300']
	];
	for (const [i, [tier, tags, value]] of customers.entries()) {
		const made = await act(page, `${org}/register/new?/create`, {
			name: `Customer ${i + 1}`,
			kind: 'company',
			tier,
			tags,
			annual_value: value
		});
		const customer = made.location as string;
		expect(customer).toMatch(/\/register\/[0-9a-f-]{36}$/);
		await act(page, `${customer}?/satisfaction`, {
			measured_on: '2026-11-01',
			expectation: '3',
			performance: String(3 + (i % 3) - 1)
		});
	}

	let hovered = 0;
	const csp: string[] = [];
	for (const path of [`${base}/milestones`, `${base}/results`, `${org}/register/insights`]) {
		await page.goto(path);
		await expect(page.locator('svg.apexcharts-svg').first()).toBeVisible();
		const url = page.url();
		hovered += await hoverCharts(page);
		expect(page.url(), path).toBe(url);
		csp.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
		// No element was made from the text: the markup is nowhere in the DOM as markup…
		await expect(page.locator('meta[http-equiv]')).toHaveCount(0);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	}
	expect(hovered).toBeGreaterThanOrEqual(5);

	// …and the trend's tooltip shows the label as text.
	await page.goto(`${base}/milestones`);
	const trend = page.getByRole('img', { name: /trend|Line chart/i }).first();
	await expect(trend.locator('svg.apexcharts-svg')).toBeVisible();
	await trend.scrollIntoViewIfNeeded();
	const box = await trend.boundingBox();
	if (!box) throw new Error('no trend chart');
	const title = page.locator('.apexcharts-tooltip-title');
	for (let x = 0.05; x < 1; x += 0.05) {
		await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.5);
		if (/<(img|meta)/.test((await title.first().textContent()) ?? '')) break;
	}
	await expect(title.first()).toContainText(/<(img src=x|meta http-equiv)/);

	expect(offsite, 'requests to evil.example').toEqual([]);
	expect(images, 'the injected image was requested').toEqual([]);
	expect(dialogs, 'a script ran').toEqual([]);
	csp.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
	expect(csp, 'Content-Security-Policy violations').toEqual([]);
});
