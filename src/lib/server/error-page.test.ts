// SvelteKit's static error page (src/error.html) comes back in the reader's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogues } from '$lib/i18n/catalogue';
import type { Messages } from '$lib/i18n/translate';
import { localiseStaticError } from './error-page';

// What SvelteKit makes of the template (see its write_server.js).
const staticPage = (status: number, message: string) =>
	readFileSync('src/error.html', 'utf8')
		.replace(/%sveltekit\.status%/g, String(status))
		.replace(/%sveltekit\.error\.message%/g, message);
const text = (locale: 'en' | 'fa', key: string) =>
	key.split('.').reduce<unknown>((n, k) => (n as Messages)[k], catalogues[locale]) as string;

describe('the static error page', () => {
	it('translates the message key and the title, right to left in Persian', () => {
		const fa = localiseStaticError(staticPage(400, 'plan.report.bad_language'), 400, 'fa');
		expect(fa).toContain('<html lang="fa" dir="rtl"');
		expect(fa).toContain(`<p class="message">${text('fa', 'plan.report.bad_language')}</p>`);
		expect(fa).toContain(`<h1>${text('fa', 'common.error_page.title')}</h1>`);
		expect(fa).toContain('<p class="status" aria-hidden="true">۴۰۰</p>');
		const en = localiseStaticError(staticPage(404, 'errors.not_found'), 404, 'en');
		expect(en).toContain('<html lang="en" dir="ltr"');
		expect(en).toContain(`<h1>${text('en', 'common.error_page.not_found_title')}</h1>`);
		expect(en).toContain('<p class="status" aria-hidden="true">404</p>');
		expect(en).toContain(`<p class="message">${text('en', 'errors.not_found')}</p>`);
	});

	it('says "not found" for a 404 without a known key', () => {
		const page = localiseStaticError(staticPage(404, 'Not Found'), 404, 'fa') ?? '';
		expect(page).toContain(`<p class="message">${text('fa', 'errors.not_found')}</p>`);
	});

	it('gives the generic message for anything that is not a known key', () => {
		for (const message of ['Internal Error', 'plan.nothing_here', '<script>alert(1)</script>']) {
			const page = localiseStaticError(staticPage(500, message), 500, 'en') ?? '';
			expect(page).toContain(`<p class="message">${text('en', 'errors.server')}</p>`);
			expect(page).not.toContain(message);
		}
	});

	it('leaves any other page alone', () => {
		expect(localiseStaticError('<!doctype html><html><body>404</body></html>', 404, 'en')).toBe(
			null
		);
	});
});
