import { BASE_NAMESPACES, pickMessages } from '$lib/i18n/catalogue';
import { database } from '$lib/server/db';
import * as organisations from '$lib/server/organisations/repository';

export const load = async ({ locals }) => {
	const user = locals.user;
	return {
		locale: locals.locale,
		messages: pickMessages(locals.locale, BASE_NAMESPACES),
		user: user ? { name: user.name, email: user.email } : null,
		organisations: user ? await organisations.listForUser(database().db, user.id) : []
	};
};
