import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locale';
import { LANG_COOKIE, setSessionCookie } from '$lib/server/auth/cookies';
import { createSession } from '$lib/server/auth/session';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { safeRedirect } from '$lib/server/redirect';
import { logInSchema } from '$lib/server/users/schema';
import { logIn, setLocale } from '$lib/server/users/service';

export const load = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('next'), '/orgs'));
};

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, logInSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const { db } = database();
		const result = await logIn(db, { ...parsed.data, address: event.getClientAddress() });
		const values = { email: parsed.data.email };
		if (result.status === 'throttled') {
			// Growing delays, never a long lockout: say how long (rounded up to whole minutes
			// past a minute and a half).
			event.setHeaders({ 'retry-after': String(result.retryAfter) });
			const wait =
				result.retryAfter > 90
					? {
							key: 'errors.login_wait_minutes',
							params: { count: Math.ceil(result.retryAfter / 60) }
						}
					: { key: 'errors.login_wait_seconds', params: { count: result.retryAfter } };
			return invalid(429, { _form: wait }, values);
		}
		if (result.status === 'invalid')
			return invalid(400, { _form: { key: 'errors.invalid_login' } }, values);
		// A language chosen on the way in (the switcher writes only the cookie before login) wins
		// over the account's stored preference, and becomes it.
		const chosen = event.cookies.get(LANG_COOKIE);
		if (isLocale(chosen)) await setLocale(db, result.userId, chosen);
		const { token, session } = await createSession(db, result.userId);
		setSessionCookie(event, token, session.expiresAt);
		redirect(303, safeRedirect(event.url.searchParams.get('next'), '/'));
	}
};
