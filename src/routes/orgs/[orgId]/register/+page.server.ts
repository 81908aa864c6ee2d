import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { count, COUNT_CAP, list, parseListQuery } from '$lib/server/register/list';
import { filterOptions } from '$lib/server/register/options';
import { members } from '$lib/server/register/service';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId);
	const { db } = database();
	const query = parseListQuery(event.url.searchParams);
	const orgId = ctx.organisation.id;
	const total = await count(db, orgId, query);
	return {
		query,
		page: await list(db, orgId, query),
		total: Math.min(total, COUNT_CAP),
		more: total > COUNT_CAP,
		options: await filterOptions(db, orgId),
		members: await members(db, orgId),
		canEdit: ctx.role !== 'viewer'
	};
};
