// Imports an export document as a new organisation owned by the importing user. The whole file
// is checked first — JSON, format and version, integrity digest, schema, the questionnaire
// versions against their hashes, and every reference inside it — and then written in one
// transaction: all of it, or nothing. Every row gets a new identifier; the new identifiers keep
// the order of the old ones, so an export of the imported organisation lists everything in the
// same order as the file did.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { QuestionnaireFile } from '$lib/questionnaires/schema';
import type { DB } from '$lib/server/db/schema';
import { contentHash } from '$lib/server/questionnaires/hash';
import type { FieldError } from '$lib/server/forms';
import { digest } from './export';
import { content as contentSchema, document, FORMAT, FORMAT_VERSION } from './format';
import type { ExportContent } from './format';

type Db = Kysely<DB>;

export type Refused = { ok: false; error: FieldError };
export type ImportResult = { ok: true; organisationId: string; counts: ImportCounts } | Refused;

export interface ImportCounts {
	assessments: number;
	respondents: number;
	answers: number;
	milestones: number;
	plans: number;
	customers: number;
}

const refuse = (key: string, params?: Record<string, string | number>): Refused => ({
	ok: false,
	error: params ? { key, params } : { key }
});

function where(issue: z.core.$ZodIssue): string {
	return issue.path.map(String).join('.') || '(top)';
}

/** Checks the whole document; returns its content, or why it is refused. */
export function validate(text: string): { ok: true; content: ExportContent } | Refused {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return refuse('portability.errors.not_json');
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw))
		return refuse('portability.errors.format');
	const head = raw as Record<string, unknown>;
	if (head.format !== FORMAT) return refuse('portability.errors.format');
	if (head.version !== FORMAT_VERSION)
		return refuse('portability.errors.version', { version: String(head.version).slice(0, 20) });
	const covered = {
		organisation: head.organisation,
		questionnaires: head.questionnaires,
		assessments: head.assessments,
		register: head.register
	};
	if (head.integrity !== digest(covered)) return refuse('portability.errors.integrity');
	const parsed = document.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return refuse('portability.errors.invalid', { path: issue ? where(issue) : '' });
	}
	const content = contentSchema.parse(
		Object.fromEntries(Object.keys(covered).map((k) => [k, parsed.data[k as keyof typeof covered]]))
	);
	const problem = references(content);
	if (problem) return refuse('portability.errors.invalid', { path: problem });
	return { ok: true, content };
}

/** The first broken reference inside the document, or null. */
function references(c: ExportContent): string | null {
	const versions = new Map<string, ExportContent['questionnaires'][number]>();
	for (const [i, q] of c.questionnaires.entries()) {
		if (contentHash(q.content) !== q.hash) return `questionnaires.${i}.hash`;
		const file = QuestionnaireFile.safeParse(q.content);
		if (!file.success || file.data.id !== q.questionnaire_id || file.data.kind !== q.kind)
			return `questionnaires.${i}.content`;
		versions.set(q.hash, q);
	}
	const seen = new Set<string>();
	const unique = (id: string) => !seen.has(id) && Boolean(seen.add(id));
	const milestoneIds = new Set(c.assessments.flatMap((a) => a.milestones.map((m) => m.id)));
	for (const [i, a] of c.assessments.entries()) {
		const at = `assessments.${i}`;
		if (!unique(a.id)) return `${at}.id`;
		if (versions.get(a.model_hash)?.kind !== 'model') return `${at}.model_hash`;
		const statements = new Map<string, Set<string>>();
		for (const [j, pin] of a.questionnaires.entries()) {
			const v = versions.get(pin.hash);
			if (!v || v.questionnaire_id !== pin.questionnaire_id) return `${at}.questionnaires.${j}`;
			const items = (v.content.items ?? []) as { id: string; statements?: { id: string }[] }[];
			for (const item of items)
				statements.set(
					`${pin.questionnaire_id}/${item.id}`,
					new Set((item.statements ?? []).map((s) => s.id))
				);
		}
		if (a.parent_milestone_id && !milestoneIds.has(a.parent_milestone_id))
			return `${at}.parent_milestone_id`;
		const respondents = new Set<string>();
		for (const [j, r] of a.respondents.entries()) {
			if (!unique(r.id)) return `${at}.respondents.${j}.id`;
			if (a.anonymous && r.name !== null) return `${at}.respondents.${j}.name`;
			respondents.add(r.id);
		}
		const answered = new Set<string>();
		for (const [j, x] of a.answers.entries()) {
			const key = `${x.respondent_id}/${x.item_id}/${x.statement_id}`;
			if (!respondents.has(x.respondent_id) || answered.has(key))
				return `${at}.answers.${j}.respondent_id`;
			if (!statements.get(`${x.questionnaire_id}/${x.item_id}`)?.has(x.statement_id))
				return `${at}.answers.${j}.statement_id`;
			// "Not applicable" has no level, and a note only beside a reason.
			if (x.na_reason !== undefined && x.level !== null) return `${at}.answers.${j}.na_reason`;
			if (x.na_note != null && x.na_reason === undefined) return `${at}.answers.${j}.na_note`;
			answered.add(key);
		}
		const pinnedItems = new Map(
			[...statements].map(([key, ids]) => [key.slice(key.indexOf('/') + 1), ids])
		);
		const targeted = new Set<string>();
		for (const [j, x] of (a.targets ?? []).entries()) {
			if (!pinnedItems.has(x.item_id) || targeted.has(x.item_id))
				return `${at}.targets.${j}.item_id`;
			targeted.add(x.item_id);
		}
		const agreed = new Set<string>();
		for (const [j, x] of (a.consensus ?? []).entries()) {
			const key = `${x.item_id}/${x.statement_id}`;
			if (!pinnedItems.get(x.item_id)?.has(x.statement_id) || agreed.has(key))
				return `${at}.consensus.${j}.statement_id`;
			agreed.add(key);
		}
		const commented = new Set<string>();
		for (const [j, x] of a.comments.entries()) {
			const key = `${x.respondent_id}/${x.item_id}`;
			if (!respondents.has(x.respondent_id) || commented.has(key))
				return `${at}.comments.${j}.respondent_id`;
			commented.add(key);
		}
		for (const [j, m] of a.milestones.entries())
			if (!unique(m.id)) return `${at}.milestones.${j}.id`;
		if (a.plan) {
			const keys = new Set<string>();
			for (const [j, x] of a.plan.actions.entries()) {
				if (!unique(x.id)) return `${at}.plan.actions.${j}.id`;
				if (x.key !== null && !keys.add(x.key)) return `${at}.plan.actions.${j}.key`;
				if (x.key === null && (x.text === null || x.phase === null))
					return `${at}.plan.actions.${j}.text`;
			}
			const goals = new Set<string>();
			for (const [j, g] of a.plan.goals.entries()) {
				if (!unique(g.id) || goals.has(g.goal_id)) return `${at}.plan.goals.${j}.goal_id`;
				goals.add(g.goal_id);
			}
		}
	}
	for (const [i, cu] of c.register.customers.entries()) {
		if (!unique(cu.id)) return `register.customers.${i}.id`;
		for (const [j, x] of cu.interactions.entries())
			if (!unique(x.id)) return `register.customers.${i}.interactions.${j}.id`;
		for (const [j, x] of cu.satisfaction_entries.entries())
			if (!unique(x.id)) return `register.customers.${i}.satisfaction_entries.${j}.id`;
	}
	return null;
}

/**
 * New identifiers for old ones, in the same order: sorted old ids get sorted new ids, so any
 * list ordered by id keeps its order.
 */
function remap(oldIds: string[]): Map<string, string> {
	const old = [...oldIds].sort();
	const fresh = old.map(() => randomUUID()).sort();
	return new Map(old.map((id, i) => [id, fresh[i] as string]));
}

async function insertAll<T extends keyof DB & string>(
	trx: Transaction<DB>,
	table: T,
	rows: Record<string, unknown>[]
) {
	// A few hundred rows a statement keeps each under PostgreSQL's parameter limit.
	for (let i = 0; i < rows.length; i += 500)
		await trx
			.insertInto(table)
			.values(rows.slice(i, i + 500) as never)
			.execute();
}

const asJson = (v: unknown) => JSON.stringify(v);

export async function importOrganisation(
	db: Db,
	text: string,
	owner: { userId: string; name?: string }
): Promise<ImportResult> {
	const checked = validate(text);
	if (!checked.ok) return checked;
	const c = checked.content;
	const ids = remap([
		...c.assessments.flatMap((a) => [
			a.id,
			...a.respondents.map((r) => r.id),
			...a.milestones.map((m) => m.id),
			...(a.plan?.actions.map((x) => x.id) ?? []),
			...(a.plan?.goals.map((g) => g.id) ?? [])
		]),
		...c.register.customers.flatMap((cu) => [
			cu.id,
			...cu.interactions.map((x) => x.id),
			...cu.satisfaction_entries.map((x) => x.id)
		])
	]);
	const plans = remap(c.assessments.filter((a) => a.plan).map((a) => a.id));
	const to = (id: string) => ids.get(id) as string;

	const organisationId = await db.transaction().execute(async (trx) => {
		const org = await trx
			.insertInto('organisations')
			.values({
				name: owner.name ?? c.organisation.name,
				created_by: owner.userId,
				created_at: c.organisation.created_at
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const orgId = org.id;
		await trx
			.insertInto('memberships')
			.values({ organisation_id: orgId, user_id: owner.userId, role: 'owner' })
			.execute();
		if (c.questionnaires.length)
			await trx
				.insertInto('questionnaire_versions')
				.values(c.questionnaires.map((q) => ({ ...q, content: asJson(q.content) })))
				.onConflict((oc) => oc.column('hash').doNothing())
				.execute();
		await insertAll(
			trx,
			'assessments',
			c.assessments.map((a) => ({
				id: to(a.id),
				organisation_id: orgId,
				title: a.title,
				mode: a.mode,
				status: a.status,
				locale: a.locale,
				anonymous: a.anonymous,
				results_revealed: a.results_revealed,
				open_sections: a.open_sections,
				model_hash: a.model_hash,
				stage: a.stage ?? null,
				created_at: a.created_at,
				updated_at: a.updated_at,
				closed_at: a.closed_at
			}))
		);
		await insertAll(
			trx,
			'assessment_questionnaires',
			c.assessments.flatMap((a) => a.questionnaires.map((q) => ({ ...q, assessment_id: to(a.id) })))
		);
		await insertAll(
			trx,
			'respondents',
			c.assessments.flatMap((a) =>
				a.respondents.map((r) => ({ ...r, id: to(r.id), assessment_id: to(a.id) }))
			)
		);
		await insertAll(
			trx,
			'answers',
			c.assessments.flatMap((a) =>
				a.answers.map((x) => ({
					...x,
					respondent_id: to(x.respondent_id),
					assessment_id: to(a.id)
				}))
			)
		);
		await insertAll(
			trx,
			'assessment_targets',
			c.assessments.flatMap((a) =>
				(a.targets ?? []).map((x) => ({ ...x, assessment_id: to(a.id), organisation_id: orgId }))
			)
		);
		await insertAll(
			trx,
			'consensus',
			c.assessments.flatMap((a) =>
				(a.consensus ?? []).map((x) => ({ ...x, assessment_id: to(a.id), organisation_id: orgId }))
			)
		);
		await insertAll(
			trx,
			'answer_comments',
			c.assessments.flatMap((a) =>
				a.comments.map((x) => ({
					...x,
					respondent_id: to(x.respondent_id),
					assessment_id: to(a.id)
				}))
			)
		);
		await insertAll(
			trx,
			'milestones',
			c.assessments.flatMap((a) =>
				a.milestones.map((m) => ({
					...m,
					id: to(m.id),
					assessment_id: to(a.id),
					organisation_id: orgId,
					summary: asJson(m.summary)
				}))
			)
		);
		for (const a of c.assessments)
			if (a.parent_milestone_id)
				await trx
					.updateTable('assessments')
					.set({ parent_milestone_id: to(a.parent_milestone_id) })
					.where('id', '=', to(a.id))
					.execute();
		const withPlans = c.assessments.filter((a) => a.plan);
		await insertAll(
			trx,
			'plans',
			withPlans.map((a) => {
				const { actions: _a, goals: _g, ...p } = a.plan as NonNullable<typeof a.plan>;
				return {
					...p,
					id: plans.get(a.id),
					organisation_id: orgId,
					assessment_id: to(a.id),
					generated: asJson(p.generated)
				};
			})
		);
		await insertAll(
			trx,
			'plan_actions',
			withPlans.flatMap((a) =>
				(a.plan?.actions ?? []).map((x) => ({
					...x,
					id: to(x.id),
					plan_id: plans.get(a.id),
					organisation_id: orgId,
					suggested: x.suggested === null ? null : asJson(x.suggested)
				}))
			)
		);
		await insertAll(
			trx,
			'plan_goals',
			withPlans.flatMap((a) =>
				(a.plan?.goals ?? []).map((g) => ({
					...g,
					id: to(g.id),
					plan_id: plans.get(a.id),
					organisation_id: orgId
				}))
			)
		);
		await insertAll(
			trx,
			'customers',
			c.register.customers.map(({ interactions: _i, satisfaction_entries: _s, ...cu }) => ({
				...cu,
				id: to(cu.id),
				organisation_id: orgId
			}))
		);
		await insertAll(
			trx,
			'customer_interactions',
			c.register.customers.flatMap((cu) =>
				cu.interactions.map((x) => ({
					...x,
					id: to(x.id),
					customer_id: to(cu.id),
					organisation_id: orgId
				}))
			)
		);
		await insertAll(
			trx,
			'customer_satisfaction',
			c.register.customers.flatMap((cu) =>
				cu.satisfaction_entries.map((x) => ({
					...x,
					id: to(x.id),
					customer_id: to(cu.id),
					organisation_id: orgId
				}))
			)
		);
		if (c.register.mapping !== null)
			await trx
				.insertInto('register_import_mappings')
				.values({ organisation_id: orgId, mapping: asJson(c.register.mapping) })
				.execute();
		return orgId;
	});
	return {
		ok: true,
		organisationId,
		counts: {
			assessments: c.assessments.length,
			respondents: c.assessments.reduce((n, a) => n + a.respondents.length, 0),
			answers: c.assessments.reduce((n, a) => n + a.answers.length, 0),
			milestones: c.assessments.reduce((n, a) => n + a.milestones.length, 0),
			plans: c.assessments.filter((a) => a.plan).length,
			customers: c.register.customers.length
		}
	};
}
