import { redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { invalidateSession, invalidateUserSessions } from '$lib/server/auth/session';
import { database } from '$lib/server/db';

export const load = () => redirect(303, '/');

export const actions = {
	here: async (event) => {
		if (event.locals.session) await invalidateSession(database().db, event.locals.session.id);
		clearSessionCookie(event);
		redirect(303, '/login');
	},
	everywhere: async (event) => {
		if (event.locals.user) await invalidateUserSessions(database().db, event.locals.user.id);
		clearSessionCookie(event);
		redirect(303, '/login');
	}
};
