import { redirect } from '@sveltejs/kit';
import { sectionMessages } from '$lib/i18n/section';

export const load = async ({ locals, parent }) => {
	// A signed-in user goes straight to their last organisation (or the list).
	if (locals.user) {
		const { organisations } = await parent();
		const last = organisations.find((o) => o.id === locals.user?.lastOrganisationId);
		redirect(303, last ? `/orgs/${last.id}` : '/orgs');
	}
	return sectionMessages(locals.locale, 'home');
};
