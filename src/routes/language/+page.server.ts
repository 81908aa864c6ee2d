import { redirect } from '@sveltejs/kit';
import { setLanguageCookie } from '$lib/server/auth/cookies';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { safeRedirect } from '$lib/server/redirect';
import { setLocale } from '$lib/server/users/service';
import { languageSchema as schema } from '$lib/server/users/schema';

export const load = () => redirect(303, '/');

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, schema);
		// A bad value changes nothing: back to where the user came from.
		if (!parsed.ok) redirect(303, '/');
		const { lang, redirectTo } = parsed.data;
		setLanguageCookie(event, lang);
		if (event.locals.user) await setLocale(database().db, event.locals.user.id, lang);
		redirect(303, safeRedirect(redirectTo, '/'));
	}
};
