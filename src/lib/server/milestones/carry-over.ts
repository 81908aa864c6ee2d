// Re-assessing on newer questionnaires (issue 15 §10): when the milestone's assessment pinned
// other versions than today's, a self-assessment's members keep their answers to the statements
// asked in exactly the same words; new and reworded statements start empty, and the assessment
// page says which they are. Within one version nothing is copied: the point is to ask again.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { compareVersions, type VersionDiff } from '$lib/questionnaires/versions';
import { pinnedContent } from '$lib/server/assessments/content';
import { statementKey } from '$lib/questionnaires/keys';

/** The diff between the parent's pinned lenses and this assessment's; null when they are the same. */
export async function versionChanges(
	db: Kysely<DB>,
	parentAssessmentId: string,
	assessmentId: string
): Promise<VersionDiff | null> {
	const [before, after] = await Promise.all([
		pinnedContent(db, parentAssessmentId),
		pinnedContent(db, assessmentId)
	]);
	const same = after.lenses.every((l) => before.hashes[l.id] === after.hashes[l.id]);
	return same ? null : compareVersions(before.lenses, after.lenses);
}

/** Copies the members' answers to unchanged statements; returns how many answers were copied. */
export async function carryOver(
	db: Kysely<DB>,
	from: { assessmentId: string; mode: string },
	toAssessmentId: string
): Promise<number> {
	if (from.mode !== 'self') return 0;
	const diff = await versionChanges(db, from.assessmentId, toAssessmentId);
	if (!diff) return 0;
	const respondents = await db
		.selectFrom('respondents')
		.select(['id', 'user_id', 'name', 'role_layer', 'department'])
		.where('assessment_id', '=', from.assessmentId)
		.where('user_id', 'is not', null)
		.execute();
	if (respondents.length === 0) return 0;
	const answers = await db
		.selectFrom('answers')
		.select(['respondent_id', 'questionnaire_id', 'item_id', 'statement_id', 'level'])
		.select(['na_reason', 'na_note'])
		.where('assessment_id', '=', from.assessmentId)
		.execute();
	const kept = answers.filter(
		(a) => diff.statements.get(statementKey(a.item_id, a.statement_id)) === 'same'
	);
	let copied = 0;
	await db.transaction().execute(async (trx) => {
		for (const r of respondents) {
			const own = kept.filter((a) => a.respondent_id === r.id);
			const row = await trx
				.insertInto('respondents')
				.values({
					assessment_id: toAssessmentId,
					user_id: r.user_id,
					name: r.name,
					role_layer: r.role_layer,
					department: r.department
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			if (own.length === 0) continue;
			await trx
				.insertInto('answers')
				.values(
					own.map((a) => ({
						respondent_id: row.id,
						assessment_id: toAssessmentId,
						questionnaire_id: a.questionnaire_id,
						item_id: a.item_id,
						statement_id: a.statement_id,
						level: a.level,
						na_reason: a.na_reason,
						na_note: a.na_note
					}))
				)
				.execute();
			copied += own.length;
		}
	});
	return copied;
}

export interface VersionNotice {
	/** Whether the unchanged statements' answers were carried over (self-assessments). */
	carried: boolean;
	same: number;
	added: { item: string; text: string }[];
	changed: { item: string; text: string }[];
	removed: number;
}

/**
 * What the assessment page tells about a re-assessment on newer questionnaires than its
 * milestone: null when it has no parent milestone in this organisation or the versions match.
 */
export async function versionNotice(
	db: Kysely<DB>,
	assessment: {
		id: string;
		organisation_id: string;
		mode: string;
		parent_milestone_id: string | null;
	},
	locale: 'en' | 'fa'
): Promise<VersionNotice | null> {
	if (!assessment.parent_milestone_id) return null;
	const parent = await db
		.selectFrom('milestones')
		.select('assessment_id')
		.where('id', '=', assessment.parent_milestone_id)
		.where('organisation_id', '=', assessment.organisation_id)
		.executeTakeFirst();
	if (!parent) return null;
	const diff = await versionChanges(db, parent.assessment_id, assessment.id);
	if (!diff) return null;
	const { lenses } = await pinnedContent(db, assessment.id);
	const listed = (change: 'new' | 'changed') =>
		lenses.flatMap((l) =>
			l.items.flatMap((item) =>
				item.statements
					.filter((s) => diff.statements.get(statementKey(item.id, s.id)) === change)
					.map((s) => ({ item: item.title[locale], text: s.text[locale] }))
			)
		);
	return {
		carried: assessment.mode === 'self',
		same: [...diff.statements.values()].filter((c) => c === 'same').length,
		added: listed('new'),
		changed: listed('changed'),
		removed: diff.removed.length
	};
}
