// Security headers on every page, and cookies in production: every page of tenant A (as its
// owner) comes with the Content-Security-Policy and the usual headers; a server whose ORIGIN is
// https:// marks its session cookie Secure (with HttpOnly and SameSite=Lax).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { Client } from './client';
import { fill, listRoutes } from './routes';
import { freePort, waitForHealth } from './server';
import { seedTenant } from './tenant';

const engine = inject('engine');

describe(`security headers (${engine})`, () => {
	it('sends the Content-Security-Policy and the usual headers with every page', async () => {
		const a = await seedTenant('Headers');
		const pages = listRoutes().filter((r) => r.page);
		let checked = 0;
		for (const route of pages) {
			// An invitation page with a token that opens nothing still answers with a page.
			const url = fill(route.pattern, { ...a.params, token: 'no-such-invitation' });
			const res = await a.client.get(url);
			expect(res.status, url).toBeLessThan(500);
			if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
			const csp = res.headers.get('content-security-policy') ?? '';
			expect(csp, url).toMatch(/script-src 'self' 'nonce-[^']+'/);
			expect(csp, url).toContain("frame-ancestors 'none'");
			expect(csp, url).toContain("object-src 'none'");
			expect(res.headers.get('x-frame-options'), url).toBe('DENY');
			expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
			expect(res.headers.get('referrer-policy'), url).toBe('same-origin');
			expect(res.headers.get('permissions-policy'), url).toBeTruthy();
			checked++;
		}
		console.log(`[headers:${engine}] ${checked} of ${pages.length} pages checked`);
		expect(checked).toBeGreaterThan(pages.length / 2);
	});
});

describe(`headers of static files (${engine})`, () => {
	it('sends nosniff with the built scripts, styles, fonts and icons adapter-node serves itself', async () => {
		const client = new Client();
		const html = await (await client.get('/login')).text();
		const assets = [
			...new Set(
				[...html.matchAll(/["'](?:\.{1,2}\/|\/)(_app\/[^"']+)["']/g)].map((m) => `/${m[1]}`)
			)
		];
		expect(assets.length).toBeGreaterThan(0);
		const statics = [...assets, '/fonts/Vazirmatn-Variable.woff2', '/favicon.svg'];
		let checked = 0;
		for (const path of statics) {
			const res = await client.get(path);
			if (res.status === 404) continue;
			expect(res.status, path).toBe(200);
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
			checked++;
		}
		console.log(`[headers:${engine}] ${checked} static files checked`);
		expect(checked).toBeGreaterThan(assets.length - 1);
		// …and a file that is not there.
		const missing = await client.get('/_app/immutable/no-such-file.js');
		expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
	});
});

describe.runIf(engine === 'pglite')('cookies in production', () => {
	it('marks the session cookie Secure, HttpOnly and SameSite=Lax behind an https ORIGIN', async () => {
		const port = await freePort();
		const origin = 'https://crm.example.test';
		const dir = mkdtempSync(join(tmpdir(), 'crm-https-'));
		const child = spawn(process.execPath, ['build/index.js'], {
			env: { ...process.env, DATA_DIR: dir, PORT: String(port), ORIGIN: origin, DATABASE_URL: '' },
			stdio: 'ignore'
		});
		try {
			const base = `http://127.0.0.1:${port}`;
			await waitForHealth(base, child);
			const res = await fetch(`${base}/signup`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin,
					accept: 'application/json',
					'x-sveltekit-action': 'true',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({
					name: 'Secure Sam',
					email: 'sam@example.com',
					password: 'correct horse battery'
				})
			});
			const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session=')) ?? '';
			expect(cookie, JSON.stringify(await res.text())).toMatch(/; Secure/i);
			expect(cookie).toMatch(/; HttpOnly/i);
			expect(cookie).toMatch(/; SameSite=Lax/i);
			// …and HSTS over https.
			const page = await fetch(`${base}/login`);
			expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
		} finally {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
