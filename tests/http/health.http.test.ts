import { expect, inject, it } from 'vitest';
import { readMigrations } from '../../src/lib/server/db/migrate';
import { Client } from './client';

it('GET /healthz names the engine and the latest applied migration', async () => {
	const res = await new Client().get('/healthz');
	expect(res.status).toBe(200);
	expect(await res.json()).toEqual({
		status: 'ok',
		database: inject('engine'),
		migration: readMigrations().at(-1)?.name
	});
});

it('serves every page with a Content-Security-Policy and the usual security headers', async () => {
	const res = await new Client().get('/login');
	const csp = res.headers.get('content-security-policy') ?? '';
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toMatch(/script-src 'self' 'nonce-/);
	expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	expect(res.headers.get('x-frame-options')).toBe('DENY');
	expect(res.headers.get('referrer-policy')).toBe('same-origin');
});

it('answers a post to the reserved "default" action name with 400, not a 500', async () => {
	const res = await new Client().action('/language?/default', { lang: 'fa' });
	expect(res.status).toBe(400);
	expect(res.data).toEqual({ message: 'errors.bad_request' });
});
