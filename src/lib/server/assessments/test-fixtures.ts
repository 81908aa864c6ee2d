// A self-assessment of every lens of the current content, with its owner as the one executive
// respondent: the setup the database tests of saving and of results share.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { create, findInOrganisation } from './repository';
import { createForUser, findForUser } from './respondents';

export async function ownAssessment(
	db: Kysely<DB>,
	{
		orgId,
		userId,
		mode = 'self',
		title = 'Readiness',
		name = 'Owner'
	}: { orgId: string; userId: string; mode?: 'self' | 'workshop'; title?: string; name?: string }
) {
	const id = await create(db, {
		organisationId: orgId,
		title,
		mode,
		anonymous: false,
		locale: 'en',
		lenses: loadQuestionnaires().lenses.map((l) => l.id),
		createdBy: userId
	});
	await createForUser(db, { assessmentId: id, userId, name, role: 'executive', department: null });
	const respondent = await findForUser(db, id, userId);
	const assessment = await findInOrganisation(db, orgId, id);
	if (!respondent || !assessment) throw new Error('setup failed');
	return { assessment, respondentId: respondent.id };
}
