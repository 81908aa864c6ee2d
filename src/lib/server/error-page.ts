// SvelteKit answers an error thrown by an endpoint (a +server.ts: the PDF roadmap, the exports)
// to a browser's navigation with its static page, src/error.html, which can only show the
// error's message key (`plan.report.bad_language`). `localiseStaticError` gives that page back
// in the reader's language, the key translated, as the app's own error page does for pages.
import { dir, formatNumber, type Locale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';

const MARKER = 'data-static-error';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c] as string);
const KEY = /^[a-z_]+(?:\.[a-z0-9_]+)+$/;

/** The static error page for `status` with the message `key`, in `locale`. */
export function staticErrorPage(status: number, key: string, locale: Locale): string {
	const html = `<html ${MARKER}><p class="message">${escapeHtml(key)}</p></html>`;
	return localiseStaticError(html, status, locale) as string;
}

/** The page in `locale`, or null when `html` is not SvelteKit's static error page. */
export function localiseStaticError(html: string, status: number, locale: Locale): string | null {
	if (!html.includes(MARKER)) return null;
	const raw = /<p class="message">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
	const t = serverT(locale);
	// A message key the catalogue knows; anything else the message for its status (as the app's
	// own error page does).
	const message =
		KEY.test(raw) && t(raw) !== raw
			? t(raw)
			: t(status === 404 ? 'errors.not_found' : 'errors.server');
	const title = t(status === 404 ? 'common.error_page.not_found_title' : 'common.error_page.title');
	return `<!doctype html>
<html lang="${locale}" dir="${dir(locale)}" ${MARKER}>
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="color-scheme" content="light" />
		<title>${escapeHtml(title)} — ${escapeHtml(t('common.app_name'))}</title>
		<style>
			@font-face { font-family: Vazirmatn; src: url('/fonts/Vazirmatn-Variable.woff2') format('woff2'); font-weight: 100 900; }
			body { margin: 0; font-family: Vazirmatn, system-ui, sans-serif; color: #1d2b2c; background: #f6f8f7; line-height: 1.6; }
			main { max-inline-size: 36rem; margin: 12vh auto; padding: 0 1.25rem; }
			.status { font-size: 3rem; font-weight: 800; color: #0f3d3e; margin: 0; }
			a { display: inline-block; margin-block-start: 1rem; padding: 0.6rem 1.1rem; border-radius: 0.5rem; background: #0f3d3e; color: #fff; text-decoration: none; font-weight: 600; }
			a:focus-visible { outline: 3px solid #e0a526; outline-offset: 2px; }
		</style>
	</head>
	<body>
		<main>
			<p class="status" aria-hidden="true">${formatNumber(locale, status, { useGrouping: false })}</p>
			<h1>${escapeHtml(title)}</h1>
			<p class="message">${escapeHtml(message)}</p>
			<a href="/">${escapeHtml(t('common.error_page.home'))}</a>
		</main>
	</body>
</html>
`;
}
