// Error pages speak the reader's language and say what happened: a page that does not exist is
// "not found" (not "something went wrong on our side"), whether the app's error page answers
// (an unknown page) or the static one (an endpoint's error, reached by navigation).
import { describe, expect, inject, it } from 'vitest';
import { catalogues } from '../../src/lib/i18n/catalogue';
import type { Messages } from '../../src/lib/i18n/translate';
import { Client } from './client';

const engine = inject('engine');
const notFound = (locale: 'en' | 'fa') =>
	(catalogues[locale].errors as Messages).not_found as string;

describe(`error pages (${engine})`, () => {
	for (const locale of ['en', 'fa'] as const)
		for (const path of ['/no-such-page', '/j/zzzzzzzzzz/content.json'])
			it(`${path} in ${locale}: 404, not found, in the reader's language`, async () => {
				const res = await new Client().request('GET', path, {
					headers: { 'accept-language': locale }
				});
				expect(res.status).toBe(404);
				const page = await res.text();
				expect(page).toContain(`<html lang="${locale}" dir="${locale === 'fa' ? 'rtl' : 'ltr'}"`);
				// The paragraph under the heading (the page's data also carries the message table).
				expect(/<\/h1>\s*<p[^>]*>([^<]*)<\/p>/.exec(page)?.[1]).toBe(notFound(locale));
			});
});
