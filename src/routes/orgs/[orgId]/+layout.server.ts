import { requireMember } from '$lib/server/auth/guards';
import { sessionsChanged } from '$lib/server/auth/sessions';
import { database } from '$lib/server/db';
import { setLastOrganisation } from '$lib/server/organisations/repository';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId);
	if (ctx.user.lastOrganisationId !== ctx.organisation.id) {
		await setLastOrganisation(database().db, ctx.user.id, ctx.organisation.id);
		// The user's row changed during a page view: the session cache must not keep the old one.
		await sessionsChanged();
	}
	return { org: ctx.organisation, role: ctx.role };
};
