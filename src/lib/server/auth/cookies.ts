import type { Cookies } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { SESSION_COOKIE } from './session';

export const LANG_COOKIE = 'lang';

/**
 * Secure whenever the app is served over HTTPS (production sets ORIGIN=https://…); a
 * plain-HTTP run on a laptop or a workshop LAN would otherwise lose its cookies.
 */
export function cookieSecure(url: URL): boolean {
	return !dev && url.protocol === 'https:';
}

export function setSessionCookie(
	event: { cookies: Cookies; url: URL },
	token: string,
	expiresAt: Date
) {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: cookieSecure(event.url),
		expires: expiresAt
	});
}

/** Same attributes as when it was set: SvelteKit's default would mark it Secure over http. */
export function clearSessionCookie(event: { cookies: Cookies; url: URL }) {
	event.cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: cookieSecure(event.url)
	});
}

export function setLanguageCookie(event: { cookies: Cookies; url: URL }, lang: string) {
	event.cookies.set(LANG_COOKIE, lang, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure: cookieSecure(event.url),
		maxAge: 60 * 60 * 24 * 365
	});
}
