import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { acceptInvitation, findOpenInvitation } from '$lib/server/organisations/service';

export const load = async ({ params, locals }) => {
	const invitation = await findOpenInvitation(database().db, params.token);
	return {
		signedIn: Boolean(locals.user),
		invitation: invitation
			? { organisationName: invitation.organisation_name, role: invitation.role }
			: null
	};
};

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const result = await acceptInvitation(database().db, event.params.token, user.id);
		if (!result.ok) return fail(400, { error: result.error });
		redirect(303, `/orgs/${result.organisationId}`);
	}
};
