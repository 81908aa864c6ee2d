// Assessments with answers for the plan's integration tests, written through the same
// repositories the app uses.
import type { Kysely } from 'kysely';
import type { Answer, RoleLayer } from '$lib/scoring';
import { create as createAssessment } from '$lib/server/assessments/repository';
import { saveBatch } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import { create as createOrganisation } from '$lib/server/organisations/repository';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';

let n = 0;

export async function seedOrganisation(db: Kysely<DB>, name = 'Org', userName = `${name} Owner`) {
	const user = await db
		.insertInto('users')
		.values({
			email: `plan-${++n}-${Date.now()}@example.com`,
			name: userName,
			password_hash: 'x'
		})
		.returning(['id', 'name'])
		.executeTakeFirstOrThrow();
	const org = await createOrganisation(db, user.id, name);
	return { userId: user.id, userName: user.name, orgId: org.id };
}

export async function seedAssessment(
	db: Kysely<DB>,
	org: { orgId: string; userId: string },
	options: { anonymous?: boolean; title?: string; parentMilestoneId?: string } = {}
) {
	const id = await createAssessment(db, {
		organisationId: org.orgId,
		title: options.title ?? 'Readiness',
		mode: 'workshop',
		anonymous: options.anonymous ?? false,
		locale: 'en',
		lenses: loadQuestionnaires().lenses.map((l) => l.id),
		createdBy: org.userId,
		parentMilestoneId: options.parentMilestoneId ?? null
	});
	return { id, anonymous: options.anonymous ?? false };
}

/** A respondent answering `level` to every statement, with `overrides` by "item/statement". */
export async function answerAll(
	db: Kysely<DB>,
	assessmentId: string,
	level: Answer,
	options: { role?: RoleLayer; name?: string; overrides?: Record<string, Answer> } = {}
) {
	const respondent = await db
		.insertInto('respondents')
		.values({
			assessment_id: assessmentId,
			name: options.name ?? null,
			role_layer: options.role ?? 'specialist'
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const answers = loadQuestionnaires().lenses.flatMap((l) =>
		l.items.flatMap((i) =>
			i.statements.map((s) => ({
				questionnaire: l.id,
				item: i.id,
				statement: s.id,
				answer: options.overrides?.[`${i.id}/${s.id}`] ?? level,
				seq: 1
			}))
		)
	);
	await saveBatch(db, assessmentId, respondent.id, { answers, comments: [] });
	return respondent.id;
}
