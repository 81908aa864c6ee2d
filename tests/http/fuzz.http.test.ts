// The fuzz sweep: every form action and endpoint receives hostile input generated from its zod
// schema. Never a 500; every refusal carries message keys that exist in both languages; and (on
// PostgreSQL, where the test can read the database) a refused request changes nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogues } from '../../src/lib/i18n/catalogue';
import { flattenKeys } from '../../src/lib/i18n/translate';
import { formPayloads, HOSTILE_STRINGS, jsonPayloads, type Payload } from './fuzz-payloads';
import { manifest } from './fuzz-manifest';
import { actionUrl, fill, listRoutes } from './routes';
import { seedTenant, type Tenant } from './tenant';

const engine = inject('engine');
const routes = listRoutes();
const keys = new Set(flattenKeys(catalogues.en));
const targets = routes.flatMap((r) => [
	...r.actions.map((a) => ({ route: r, key: `${r.pattern}?/${a}`, action: a, method: 'POST' })),
	...r.methods
		.filter((m) => m !== 'GET')
		.map((m) => ({ route: r, key: `${m} ${r.pattern}`, action: null, method: m }))
]);

function urlEncoded(fields: Record<string, string | string[]>): URLSearchParams {
	const body = new URLSearchParams();
	for (const [k, v] of Object.entries(fields))
		for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
	return body;
}

/** Every message key inside an action result or error body. */
function messageKeys(value: unknown, out: string[] = []): string[] {
	if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if ((k === 'key' || k === 'message') && typeof v === 'string') out.push(v);
			else messageKeys(v, out);
		}
	}
	return out;
}

// Tables whose rows legitimately change on a refused request: failed logins are counted, a
// session's expiry slides forward, and the mail worker, in the background, sends (or drops) what
// earlier, accepted requests queued, minting links as it goes and deleting a mailed roadmap's
// PDF once its mail has gone.
const VOLATILE = new Set([
	'login_failures',
	'sessions',
	'schema_migrations',
	'mail_outbox',
	'password_resets',
	'roadmap_mailings',
	'roadmap_links'
]);

/**
 * A hash of every non-volatile table's rows, read in one statement (one round trip: the sweep
 * reads the database around every one of about 1,900 requests).
 */
async function snapshotter(client: pg.Client): Promise<() => Promise<string>> {
	const { rows } = await client.query<{ table_name: string }>(
		`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`
	);
	const sql = rows
		.filter((r) => !VOLATILE.has(r.table_name))
		.map(
			(r) =>
				`select '${r.table_name}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${r.table_name}" t`
		)
		.join(' union all ');
	return async () => {
		const r = await client.query<{ name: string; h: string }>(sql);
		return r.rows.map((row) => `${row.name}:${row.h}`).join('\n');
	};
}

describe(`fuzz sweep (${engine})`, () => {
	let a: Tenant;
	let db: pg.Client | null = null;
	let snapshot: (() => Promise<string>) | null = null;
	beforeAll(async () => {
		a = await seedTenant('Fuzz');
		const url = inject('databaseUrl');
		if (url) {
			db = new pg.Client({ connectionString: url });
			await db.connect();
			snapshot = await snapshotter(db);
		}
	});
	afterAll(() => db?.end());

	it('knows the schema of every form action and endpoint', () => {
		const missing = targets.map((t) => t.key).filter((k) => !(k in manifest));
		expect(missing, 'register these in tests/http/fuzz-manifest.ts').toEqual([]);
	});

	it('answers hostile input with translated messages, never a 500, never a partial write', async () => {
		let sent = 0;
		let routesTried = 0;
		for (const t of targets) {
			const target = manifest[t.key];
			if (!target || 'noInput' in target) continue;
			routesTried++;
			const url = fill(t.route.pattern, a.params);
			const payloads: Payload[] =
				'json' in target
					? jsonPayloads(target.schema, target.json)
					: formPayloads(target.schema, 'form' in target ? target.form : target.base);
			for (const p of payloads) {
				const before = snapshot ? await snapshot() : '';
				let status: number;
				let body: unknown;
				if (t.action) {
					const res = await a.client.action(actionUrl(url, t.action), p.form ?? {});
					status = res.status;
					body = res.data;
				} else {
					const res = p.form
						? await a.client.request(t.method, url, {
								body: urlEncoded(p.form),
								headers: {
									'content-type': 'application/x-www-form-urlencoded',
									accept: 'application/json'
								}
							})
						: await a.client.request(t.method, url, {
								body: JSON.stringify(p.json),
								headers: { 'content-type': 'application/json', accept: 'application/json' }
							});
					status = res.status;
					body = await res.json().catch(() => null);
				}
				sent++;
				const where = `${t.key} [${p.label}] → ${status}`;
				expect(status, where).toBeLessThan(500);
				if (status >= 400) {
					const found = messageKeys(body);
					expect(found.length, `${where}: a message`).toBeGreaterThan(0);
					for (const key of found)
						expect(keys.has(key), `${where}: unknown message ${key}`).toBe(true);
					if (snapshot) expect(await snapshot(), `${where}: wrote something`).toBe(before);
				}
			}
		}
		console.log(`[fuzz:${engine}] ${routesTried} actions/endpoints, ${sent} hostile requests`);
		expect(routesTried).toBeGreaterThan(10);
		// About 1,900 requests, and on PostgreSQL the whole database read around each refused one:
		// minutes on a busy machine.
	}, 300_000);

	// Query strings: every page and GET endpoint (and every form action's URL) gets every query
	// parameter the app reads set to each hostile value, and control characters in a value or a
	// name. Never a 500; control characters are refused (400) with a translated message before
	// anything runs.
	it('knows every query parameter the app reads', () => {
		const read = new Set<string>();
		const walk = (dir: string) => {
			for (const f of readdirSync(dir)) {
				const p = join(dir, f);
				if (statSync(p).isDirectory()) walk(p);
				else if (/\.(ts|svelte)$/.test(f) && !f.includes('.test.'))
					for (const m of readFileSync(p, 'utf8').matchAll(
						/searchParams\.(?:get|has|getAll)\('([\w-]+)'\)/g
					))
						read.add(m[1] as string);
			}
		};
		walk('src');
		const missing = [...read].filter((p) => !QUERY_PARAMS.includes(p) && !p.startsWith('/'));
		expect(missing, 'add these to QUERY_PARAMS in tests/http/fuzz.http.test.ts').toEqual([]);
	});

	it('answers hostile query strings on every route, refusing control characters', async () => {
		const routesWithGet = routes.filter((r) => r.page || r.methods.includes('GET'));
		const CONTROL_QUERIES = ['q=a%00b', 'x=%01', '%00=1', 'next=%1F', 'after=%7F'];
		let sent = 0;
		const check = async (url: string, method: 'GET' | 'POST', control: boolean) => {
			const res =
				method === 'GET'
					? await a.client.get(url)
					: await a.client.request('POST', url, {
							body: new URLSearchParams(),
							headers: {
								'content-type': 'application/x-www-form-urlencoded',
								accept: 'application/json',
								'x-sveltekit-action': 'true'
							}
						});
			sent++;
			const where = `${method} ${url.slice(0, 160)} → ${res.status}`;
			expect(res.status, where).toBeLessThan(500);
			// Not read: the live views' event streams never end.
			if (!control) return void (await res.body?.cancel());
			expect(res.status, where).toBe(400);
			const body = await res.text();
			const found = body.startsWith('{') ? messageKeys(JSON.parse(body)) : [];
			if (found.length) expect(found, where).toContain('errors.control_characters_in_address');
			else expect(body, where).toContain('data-static-error');
		};
		for (const r of routesWithGet) {
			const url = fill(r.pattern, a.params);
			// Each request gives every parameter a different hostile value (so each request carries
			// them all); four rotations give each parameter four of them.
			for (const shift of [0, 3, 6, 9]) {
				const pairs = QUERY_PARAMS.map((p, i) => {
					const v = HOSTILE_STRINGS[(i + shift) % HOSTILE_STRINGS.length] as string;
					return [p, v.slice(0, 5000)];
				});
				const control = pairs.some(([, v]) => CONTROL_RE.test(v as string));
				await check(`${url}?${new URLSearchParams(pairs)}`, 'GET', control);
				// …and the same without the control characters, which must then get past that check.
				if (control) {
					const clean = pairs.filter(([, v]) => !CONTROL_RE.test(v as string));
					await check(`${url}?${new URLSearchParams(clean)}`, 'GET', false);
				}
			}
			for (const q of CONTROL_QUERIES) await check(`${url}?${q}`, 'GET', true);
		}
		// A form action's URL with control characters is refused before the action runs.
		for (const t of targets.filter((t) => t.action)) {
			const url = actionUrl(fill(t.route.pattern, a.params), t.action as string);
			const sep = url.includes('?') ? '&' : '?';
			await check(`${url}${sep}q=a%00b`, 'POST', true);
		}
		console.log(`[fuzz:${engine}] ${routesWithGet.length} routes, ${sent} hostile query strings`);
		expect(sent).toBeGreaterThan(routesWithGet.length * 4);
	}, 600_000);
});

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Every query parameter the app reads (src/**: url.searchParams.get and the register list). */
const QUERY_PARAMS = [
	'q',
	'tier',
	'tag',
	'channel',
	'owner',
	'satisfaction',
	'sort',
	'archived',
	'after',
	'before',
	'seq',
	'lang',
	'next',
	'redirectTo',
	'hl',
	'reset',
	'edit',
	'view'
];
