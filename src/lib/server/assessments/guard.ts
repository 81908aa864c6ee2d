// An assessment is reached only through its organisation: membership first, then the
// assessment must belong to that organisation — otherwise 404, like any other tenant's data.
import { error, type RequestEvent } from '@sveltejs/kit';
import { perRequest, requireId, requireMember, type OrgContext } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import type { Role } from '$lib/server/organisations/roles';
import { findInOrganisation, type AssessmentRow } from './repository';
import { findWithOwnRespondent } from './responses';

export async function requireAssessment(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'> & Partial<Pick<RequestEvent, 'request'>>,
	needed: Role = 'viewer'
): Promise<OrgContext & { assessment: AssessmentRow }> {
	const ctx = await requireMember(event, event.params.orgId ?? '', needed);
	const id = requireId(event.params.assessmentId ?? '');
	const assessment = await perRequest(event, `assessment:${ctx.organisation.id}:${id}`, () =>
		findInOrganisation(database().db, ctx.organisation.id, id)
	);
	if (!assessment) error(404, 'errors.not_found');
	return { ...ctx, assessment };
}

/**
 * As `requireAssessment`, with the signed-in user's own respondent (answers and comments) read
 * in the same query: the self-assessment wizard's one query. Asked again within a request, it
 * is not read again.
 */
export async function requireAssessmentForRespondent(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'> & Partial<Pick<RequestEvent, 'request'>>,
	needed: Role = 'viewer'
) {
	const ctx = await requireMember(event, event.params.orgId ?? '', needed);
	const id = requireId(event.params.assessmentId ?? '');
	const found = await perRequest(event, `assessment+own:${ctx.organisation.id}:${id}`, () =>
		findWithOwnRespondent(database().db, ctx.organisation.id, id, ctx.user.id)
	);
	if (!found) error(404, 'errors.not_found');
	return { ...ctx, ...found };
}
