import { BASE_NAMESPACES } from '$lib/i18n/catalogue';
import { sectionMessages } from '$lib/i18n/section';
import { organisationsOf } from '$lib/server/auth/guards';

export const load = async (event) => {
	const { locals } = event;
	const user = locals.user;
	return {
		locale: locals.locale,
		...sectionMessages(locals.locale, ...BASE_NAMESPACES),
		user: user ? { name: user.name, email: user.email } : null,
		organisations: user ? await organisationsOf(event, user) : []
	};
};
