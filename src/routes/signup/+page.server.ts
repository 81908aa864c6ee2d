import { redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { createSession } from '$lib/server/auth/session';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { signUpSchema } from '$lib/server/users/schema';
import { signUp } from '$lib/server/users/service';
import { safeRedirect } from '$lib/server/redirect';

export const load = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('next'), '/orgs'));
};

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, signUpSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const { db } = database();
		const result = await signUp(db, { ...parsed.data, locale: event.locals.locale });
		if (!result.ok) {
			return invalid(
				400,
				{ email: { key: result.error } },
				{ name: parsed.data.name, email: parsed.data.email }
			);
		}
		const { token, session } = await createSession(db, result.userId);
		setSessionCookie(event, token, session.expiresAt);
		redirect(303, safeRedirect(event.url.searchParams.get('next'), '/orgs'));
	}
};
