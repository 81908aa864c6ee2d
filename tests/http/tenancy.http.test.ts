// The tenancy sweep: for every route that takes an id, a user of organisation B asking for
// organisation A's data gets 404 — for pages, every form action and every endpoint method —
// and tenant A's data is unchanged afterwards.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { actionUrl, fill, listRoutes } from './routes';
import { PUBLIC_PARAMS, seedTenant, type Tenant } from './tenant';

const engine = inject('engine');
const routes = listRoutes().filter((r) => r.params.some((p) => !PUBLIC_PARAMS.has(p)));

describe(`tenancy sweep (${engine})`, () => {
	let a: Tenant;
	let b: Tenant;
	beforeAll(async () => {
		a = await seedTenant('Alpha');
		b = await seedTenant('Beta');
	});

	it('knows a value of tenant A for every route parameter', () => {
		const missing = routes.flatMap((r) =>
			r.params
				.filter((p) => !PUBLIC_PARAMS.has(p) && !(p in a.params))
				.map((p) => `${r.pattern}: [${p}]`)
		);
		expect(missing, 'add these to tests/http/tenant.ts').toEqual([]);
	});

	it('answers 404 to tenant B on every page, action and endpoint of tenant A', async () => {
		let tried = 0;
		for (const r of routes) {
			const url = fill(r.pattern, a.params);
			if (r.page) {
				expect((await a.client.get(url)).status, `A can open ${url}`).toBe(200);
				expect((await b.client.get(url)).status, `GET ${url}`).toBe(404);
				tried++;
			}
			for (const action of r.actions) {
				const res = await b.client.action(actionUrl(url, action), {});
				expect(res.status, `POST ${url}?/${action}`).toBe(404);
				tried++;
			}
			for (const method of r.methods) {
				const res = await b.client.request(method, url);
				expect(res.status, `${method} ${url}`).toBe(404);
				tried++;
			}
		}
		console.log(`[tenancy:${engine}] ${routes.length} routes, ${tried} requests as another tenant`);
		expect(tried).toBeGreaterThanOrEqual(routes.length);
		// Nothing B did changed A: A still owns and sees the organisation.
		expect((await a.client.get(`/orgs/${a.params.orgId}/settings`)).status).toBe(200);
	});

	it('answers 404, never 500, to malformed and hostile ids', async () => {
		const junk = [
			'not-a-uuid',
			"1' or '1'='1",
			'00000000-0000-0000-0000-000000000000',
			'%E2%80%AE'
		];
		let tried = 0;
		for (const r of routes) {
			for (const value of junk) {
				const params = Object.fromEntries(r.params.map((p) => [p, a.params[p] ?? value]));
				for (const p of r.params) {
					const url = fill(r.pattern, { ...params, [p]: value });
					const status = r.page
						? (await a.client.get(url)).status
						: r.methods.includes('GET')
							? (await a.client.get(url)).status
							: 404;
					expect(status, url).toBe(404);
					tried++;
				}
			}
		}
		console.log(`[tenancy:${engine}] ${tried} malformed-id requests`);
	});
});
