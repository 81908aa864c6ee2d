// Small factories for the milestone and benchmark integration tests: people, clients,
// assessments and uniform answers, so each test states only the levels that matter to it.
import type { Kysely } from 'kysely';
import type { Level } from '$lib/questionnaires/schema';
import type { RoleLayer } from '$lib/scoring';
import { pinnedContent } from '$lib/server/assessments/content';
import { create, findInOrganisation } from '$lib/server/assessments/repository';
import { saveBatch } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import { create as createOrganisation } from '$lib/server/organisations/repository';
import type { Role } from '$lib/server/organisations/roles';

let n = 0;

export async function user(db: Kysely<DB>, name = 'user') {
	const row = await db
		.insertInto('users')
		.values({ email: `${name}-${++n}-${Date.now()}@example.com`, name, password_hash: 'x' })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** A client organisation owned by `ownerId`. */
export async function client(db: Kysely<DB>, ownerId: string, name: string) {
	return (await createOrganisation(db, ownerId, name)).id;
}

export async function join(db: Kysely<DB>, orgId: string, userId: string, role: Role) {
	await db
		.insertInto('memberships')
		.values({ organisation_id: orgId, user_id: userId, role })
		.execute();
}

export async function assessment(
	db: Kysely<DB>,
	orgId: string,
	userId: string,
	options: { lenses?: string[]; mode?: 'self' | 'workshop'; anonymous?: boolean } = {}
) {
	const id = await create(db, {
		organisationId: orgId,
		title: `Assessment ${++n}`,
		mode: options.mode ?? 'self',
		anonymous: options.anonymous ?? false,
		locale: 'fa',
		lenses: options.lenses ?? ['building-blocks'],
		createdBy: userId
	});
	const row = await findInOrganisation(db, orgId, id);
	if (!row) throw new Error('assessment not created');
	return row;
}

/** A respondent who answers every statement of the assessment at `level`. */
export async function answerAll(
	db: Kysely<DB>,
	assessmentId: string,
	level: Level,
	role: RoleLayer = 'executive'
) {
	const respondent = await db
		.insertInto('respondents')
		.values({ assessment_id: assessmentId, role_layer: role })
		.returning('id')
		.executeTakeFirstOrThrow();
	const { lenses } = await pinnedContent(db, assessmentId);
	const answers = lenses.flatMap((lens) =>
		lens.items.flatMap((item) =>
			item.statements.map((s) => ({
				questionnaire: lens.id,
				item: item.id,
				statement: s.id,
				answer: level,
				seq: 1
			}))
		)
	);
	await saveBatch(db, assessmentId, respondent.id, { answers, comments: [] });
	return respondent.id;
}
