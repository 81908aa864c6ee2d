import { listForOrganisation } from '$lib/server/assessments/repository';
import { sectionMessages } from '$lib/i18n/section';
import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId);
	const all = await listForOrganisation(database().db, ctx.organisation.id);
	const showArchived = event.url.searchParams.get('archived') === '1';
	return {
		...sectionMessages(event.locals.locale, 'home', 'assessment'),
		assessments: all.filter((a) => showArchived || a.status !== 'archived'),
		archivedCount: all.filter((a) => a.status === 'archived').length,
		showArchived,
		canEdit: ctx.role !== 'viewer'
	};
};
