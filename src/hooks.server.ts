import { json, type Handle, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dir, isLocale } from '$lib/i18n/locale';
import { negotiateLocale } from '$lib/i18n/server';
import {
	LANG_COOKIE,
	clearSessionCookie,
	cookieSecure,
	setSessionCookie
} from '$lib/server/auth/cookies';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionsChanged, sessionsChanging, validateSession } from '$lib/server/auth/sessions';
import { database, initDatabase } from '$lib/server/db';
import { DataDirLockedError } from '$lib/server/db/lock';
import { localiseStaticError, staticErrorPage } from '$lib/server/error-page';
import { CONTROL } from '$lib/server/forms';
import { startMail } from '$lib/server/mail';
import { mailKinds } from '$lib/server/mail-kinds';
import { startRoadmapRenderer } from '$lib/server/reports/renderer';
import { editedRoadmap, readLatestAhead, renderAheadAfterEdit } from '$lib/server/reports/ahead';
import { installStaticHeaders } from '$lib/server/static-headers';
import { MailConfigError } from '$lib/server/mail/config';

export const init: ServerInit = async () => {
	installStaticHeaders();
	try {
		const opened = await initDatabase();
		startMail(mailKinds);
		// In the background, once the database is open (started earlier, the warm-up slowed the
		// start itself): the roadmap renderer's thread, which warms up on its own, and one read
		// of the latest roadmap's data (reports/ahead.ts). A failure costs a roadmap its speed.
		startRoadmapRenderer();
		readLatestAhead(opened.db).catch(() => null);
	} catch (err) {
		// Fail fast with the reason alone (a stack trace hides it), e.g. a locked data directory.
		if (err instanceof DataDirLockedError || err instanceof MailConfigError) {
			console.error(`\n[crm-readiness] ${err.message}\n`);
			process.exit(1);
		}
		throw err;
	}
};

// Session resolution lives here and only here (layout loads can be skipped by the client).
const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.memberships = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = await validateSession(token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			event.locals.memberships = result.memberships;
			setSessionCookie(event, token, result.session.expiresAt);
		} else {
			clearSessionCookie(event);
		}
	}
	// A signed-in user's form post or request may change who someone is or what they may see
	// (a sign-out, a new member, a role): recently read sessions are not reused across it.
	const method = event.request.method;
	if (!event.locals.user || method === 'GET' || method === 'HEAD') return resolve(event);
	sessionsChanging();
	try {
		return await resolve(event);
	} finally {
		await sessionsChanged();
	}
};

const locale: Handle = async ({ event, resolve }) => {
	const cookie = event.cookies.get(LANG_COOKIE);
	event.locals.locale =
		event.locals.user?.locale ??
		(isLocale(cookie) ? cookie : negotiateLocale(event.request.headers.get('accept-language')));
	const lang = event.locals.locale;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dir(lang))
	});
};

// An endpoint's error reached by navigation gets SvelteKit's static page (src/error.html): give
// it back in the reader's language. Only HTML error responses are read.
const staticErrors: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (response.status < 400 || !response.headers.get('content-type')?.startsWith('text/html'))
		return response;
	const html = await response.text();
	const page = localiseStaticError(html, response.status, event.locals.locale);
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(page ?? html, { status: response.status, headers });
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	h.set('X-Content-Type-Options', 'nosniff');
	h.set('X-Frame-Options', 'DENY');
	h.set('Referrer-Policy', 'same-origin');
	h.set('Cross-Origin-Opener-Policy', 'same-origin');
	h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
	if (cookieSecure(event.url)) h.set('Strict-Transport-Security', 'max-age=31536000');
	return response;
};

// SvelteKit throws (a 500) on a form post naming the reserved action "default"; browsers never
// send one, but a hostile client may: answer it as the bad request it is.
const reserved: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'POST' && event.url.searchParams.has('/default'))
		return json({ type: 'error', error: { message: 'errors.bad_request' } }, { status: 400 });
	return resolve(event);
};

// Control characters in a query string (`?q=a%00b`) are refused, translated, before any page,
// action or endpoint reads them: NUL cannot reach PostgreSQL, and an export must not start a
// 200 it cannot finish. (Tab, CR and LF are left to the parameter's own check, e.g. `next`.)
const badBytes: Handle = async ({ event, resolve }) => {
	let bad = false;
	for (const [k, v] of event.url.searchParams) if (CONTROL.test(k) || CONTROL.test(v)) bad = true;
	if (!bad) return resolve(event);
	const key = 'errors.control_characters_in_address';
	const accept = event.request.headers.get('accept') ?? '';
	if (event.request.headers.has('x-sveltekit-action'))
		return json({ type: 'error', error: { message: key } }, { status: 400 });
	if (!accept.includes('text/html')) return json({ message: key }, { status: 400 });
	return new Response(staticErrorPage(400, key, event.locals.locale), {
		status: 400,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
};

// A member's edit on an assessment's pages: its roadmap is rendered ahead, in the background,
// for the download that often follows (reports/ahead.ts).
const roadmapAhead: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const ref = editedRoadmap(
		event.request.method,
		event.url.pathname,
		response.status,
		event.locals.memberships
	);
	if (ref) renderAheadAfterEdit(database().db, ref, event.locals.locale).catch(() => null);
	return response;
};

export const handle = sequence(
	headers,
	reserved,
	session,
	locale,
	badBytes,
	roadmapAhead,
	staticErrors
);
