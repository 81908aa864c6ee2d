// What an anonymous session may show, in every output (pages, live view, PDF, workbook,
// organisation export). The rule, one place for all of them:
//
// 1. No figure is broken down to a group of fewer than MIN_GROUP people: no per-person
//    summaries, and no role layer or department under three — a lone executive's "role mean"
//    would be that executive's answer.
// 2. Complementary suppression: the groups left out (with anyone in no group) must together
//    be none or at least MIN_GROUP people, otherwise the total minus the groups shown gives
//    them away ([3 specialists] shown next to a total of 4 reads the lone executive's answer).
//    The smallest groups shown are left out too until that holds (safeGroups).
// 3. Live figures move only in batches: a section's figures are published while it is closed
//    to answers, never while it is open, so one save never changes what is shown
//    (closedSectionsOnly). See SECURITY.md, "Anonymous sessions".
// 4. The export keeps the per-statement counts a backup needs, not who answered what
//    (anonymiseExport).
//
// Role gaps and disagreement are recomputed without the groups left out.
import { disagreement, discussionList, roleGap } from '$lib/scoring/disagreement';
import {
	ROLE_LAYERS,
	type AssessmentResult,
	type DiscussionEntry,
	type Respondent,
	type RoleLayer,
	type StatementStats,
	type Summary
} from '$lib/scoring';

export const MIN_GROUP = 3;

export interface AnonymisedResult extends AssessmentResult {
	/** Groups left out because they are too small to stay anonymous. */
	suppressed: { roles: RoleLayer[]; departments: number };
}

const EMPTY_STATS: StatementStats = {
	known: 0,
	dontKnow: 0,
	notApplicable: 0,
	confidence: null,
	distribution: [0, 0, 0, 0, 0],
	mean: null,
	median: null,
	sd: null,
	score: null
};

function emptySummary(): Summary {
	return {
		known: 0,
		dontKnow: 0,
		notApplicable: 0,
		confidence: null,
		respondents: 0,
		index: null,
		band: null,
		lenses: {},
		items: {},
		risks: {},
		blockers: []
	};
}

/**
 * The groups that may be shown on their own, given how many people each holds and how many
 * belong to no group. A group under `min` is left out; if what is left out (with the people in
 * no group) is more than nobody but fewer than `min`, the smallest groups shown join it until
 * it holds `min` — else subtracting the shown groups from the total would single them out.
 */
export function safeGroups<K extends string>(
	counts: ReadonlyMap<K, number> | Readonly<Record<K, number>>,
	unassigned = 0,
	min = MIN_GROUP
): Set<K> {
	const entries: [K, number][] =
		counts instanceof Map ? [...counts.entries()] : (Object.entries(counts) as [K, number][]);
	const shown = entries
		.filter(([, n]) => n >= min)
		.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
	let pooled =
		unassigned + entries.filter(([, n]) => n > 0 && n < min).reduce((t, [, n]) => t + n, 0);
	while (pooled > 0 && pooled < min && shown.length > 0) pooled += shown.shift()?.[1] ?? 0;
	return new Set(shown.map(([k]) => k));
}

/** How many respondents each role layer holds. */
export function roleCounts(roles: Iterable<RoleLayer>): Map<RoleLayer, number> {
	const counts = new Map<RoleLayer, number>(ROLE_LAYERS.map((r) => [r, 0]));
	for (const r of roles) counts.set(r, (counts.get(r) ?? 0) + 1);
	return counts;
}

/**
 * The role layer a respondent of an anonymous session is shown under: their own when it may be
 * shown (safeGroups), else "other" — which then may hold people of several layers.
 */
export function shownRoleOf(shown: ReadonlySet<RoleLayer>) {
	return (role: RoleLayer): RoleLayer => (shown.has(role) ? role : 'other');
}

/** Roles that may be shown, "other" counted with everyone pooled into it. */
export function safeRoles(roles: readonly RoleLayer[]): Set<RoleLayer> {
	return safeGroups(roleCounts(roles));
}

export function anonymise(result: AssessmentResult): AnonymisedResult {
	const roles = safeGroups(
		new Map(ROLE_LAYERS.map((r) => [r, result.byRole[r].respondents] as const))
	);
	const hidden = new Set(ROLE_LAYERS.filter((r) => !roles.has(r)));
	const inDepartments = Object.values(result.byDepartment).reduce((t, s) => t + s.respondents, 0);
	const visible = safeGroups(
		new Map(Object.entries(result.byDepartment).map(([d, s]) => [d, s.respondents] as const)),
		Math.max(0, result.respondents - inDepartments)
	);
	const keptDepartments = Object.entries(result.byDepartment).filter(([d]) => visible.has(d));
	const byRole = Object.fromEntries(
		ROLE_LAYERS.map((r) => [r, hidden.has(r) ? emptySummary() : result.byRole[r]])
	) as Record<RoleLayer, Summary>;
	const roleMeans = <T>(pick: (role: RoleLayer) => T | null) =>
		Object.fromEntries(ROLE_LAYERS.map((r) => [r, hidden.has(r) ? null : pick(r)])) as Record<
			RoleLayer,
			T | null
		>;

	const lenses = result.lenses.map((lens) => ({
		...lens,
		items: lens.items.map((item) => ({
			...item,
			roleGap: roleGap(
				roleMeans((r) => {
					const score = result.byRole[r].items[item.id];
					return score === null || score === undefined ? null : score / 25;
				})
			),
			statements: item.statements.map((s) => {
				const statementByRole = Object.fromEntries(
					ROLE_LAYERS.map((r) => [r, hidden.has(r) ? EMPTY_STATS : s.byRole[r]])
				) as Record<RoleLayer, StatementStats>;
				const gap = roleGap(roleMeans((r) => s.byRole[r].mean));
				return {
					...s,
					// A layer's own statement put to one or two people would tell that layer's size.
					asked: s.asked !== null && s.asked > 0 && s.asked < MIN_GROUP ? null : s.asked,
					byRole: statementByRole,
					byDepartment: Object.fromEntries(
						Object.entries(s.byDepartment).filter(([d]) => visible.has(d))
					),
					roleGap: gap,
					disagreement: disagreement(s.sd, gap)
				};
			})
		}))
	}));

	const statements = new Map(
		lenses.flatMap((l) => l.items.flatMap((i) => i.statements.map((s) => [`${i.id}/${s.id}`, s])))
	);
	const discussion: DiscussionEntry[] = discussionList(
		result.discussion.map((entry) => {
			const s = statements.get(`${entry.item}/${entry.statement}`);
			return s ? { ...entry, roleGap: s.roleGap, disagreement: s.disagreement } : entry;
		})
	);

	return {
		...result,
		lenses,
		discussion,
		byRole,
		byDepartment: Object.fromEntries(keptDepartments),
		individuals: [],
		suppressed: {
			roles: [...hidden],
			departments: Object.keys(result.byDepartment).length - visible.size
		}
	};
}

/**
 * Rule 3: the answers an anonymous workshop's figures are computed from — those to sections
 * closed to answering. While a section is open its figures are withheld, so a participant's
 * save never moves what is shown; they move when the facilitator closes the section, by
 * everything answered meanwhile at once.
 */
export function closedSectionsOnly(
	respondents: readonly Respondent[],
	sections: readonly { id: string; items: readonly { id: string }[] }[],
	openSections: readonly string[]
): Respondent[] {
	if (openSections.length === 0) return [...respondents];
	const open = new Set(
		sections.filter((s) => openSections.includes(s.id)).flatMap((s) => s.items.map((i) => i.id))
	);
	return respondents.map((r) => ({
		...r,
		answers: Object.fromEntries(
			Object.entries(r.answers).filter(([key]) => !open.has(key.slice(0, key.indexOf('/'))))
		)
	}));
}

export interface ExportRespondentRow {
	id: string;
	role_layer: string;
	department: string | null;
	name: string | null;
	position: string | null;
	finished_at: string | null;
	created_at: string;
	updated_at: string;
}

export interface ExportAnswerRow {
	respondent_id: string;
	questionnaire_id: string;
	item_id: string;
	statement_id: string;
	level: number | null;
	client_seq: number;
	updated_at: string;
}

export interface ExportCommentRow {
	respondent_id: string;
	item_id: string;
	body: string;
	client_seq: number;
	updated_at: string;
}

const latest = (values: (string | null)[]) =>
	values.reduce<string | null>((m, v) => (v !== null && (m === null || v > m) ? v : m), null);

/**
 * Rule 4: an anonymous session in the organisation export. What a backup needs is kept — how
 * many people took part in each shown role layer, every statement's counts per level and
 * "don't know" (overall and per shown layer), every comment's text under its item — and the
 * linkage is dropped: no department, name or position; role layers under the rule become
 * "other"; every timestamp is the session's latest; and within each layer the answers to each
 * statement (and the comments on each item) are dealt out again in a fixed order (level, then
 * text) over the layer's rows, each statement starting one row further on, so a row no longer
 * is a person. Importing the file gives the same
 * counts, scores and shown breakdowns; it cannot give back who answered what.
 */
export function anonymiseExport(input: {
	respondents: readonly ExportRespondentRow[];
	answers: readonly ExportAnswerRow[];
	comments: readonly ExportCommentRow[];
}): {
	respondents: ExportRespondentRow[];
	answers: ExportAnswerRow[];
	comments: ExportCommentRow[];
} {
	const shown = safeRoles(input.respondents.map((r) => r.role_layer as RoleLayer));
	const roleOf = shownRoleOf(shown);
	const when =
		latest([
			...input.respondents.map((r) => r.updated_at),
			...input.answers.map((a) => a.updated_at),
			...input.comments.map((c) => c.updated_at)
		]) ?? new Date(0).toISOString();
	const finished = latest(input.respondents.map((r) => r.finished_at)) ?? when;
	const first = input.respondents.reduce((m, r) => (r.created_at < m ? r.created_at : m), when);
	const respondents = [...input.respondents]
		.map((r) => ({
			id: r.id,
			role_layer: roleOf(r.role_layer as RoleLayer),
			department: null,
			name: null,
			position: null,
			finished_at: r.finished_at === null ? null : finished,
			created_at: first,
			updated_at: when
		}))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const layerOf = new Map(respondents.map((r) => [r.id, r.role_layer]));
	// The rows of each layer, in id order (ids are random: the order says nothing).
	const rowsOf = new Map<string, string[]>();
	for (const r of respondents)
		rowsOf.set(r.role_layer, [...(rowsOf.get(r.role_layer) ?? []), r.id]);

	const deal = <T extends { respondent_id: string }>(
		rows: readonly T[],
		group: (row: T) => string,
		order: (a: T, b: T) => number,
		rewrite: (row: T, to: string) => T
	): T[] => {
		const groups = new Map<string, T[]>();
		for (const row of rows) {
			const layer = layerOf.get(row.respondent_id);
			if (layer === undefined) continue;
			const key = `${layer}\u0000${group(row)}`;
			groups.set(key, [...(groups.get(key) ?? []), row]);
		}
		// Each statement (item) of a layer starts one row further on, so that a row does not
		// collect the lowest (or highest) answer of every statement: no row reads as a person.
		const ordinal = new Map<string, number>();
		return [...groups.entries()]
			.sort(([a], [b]) => cmp(a, b))
			.flatMap(([key, list]) => {
				const layer = key.slice(0, key.indexOf('\u0000'));
				const targets = rowsOf.get(layer) ?? [];
				const offset = ordinal.get(layer) ?? 0;
				ordinal.set(layer, offset + 1);
				return [...list]
					.sort(order)
					.map((row, i) => rewrite(row, targets[(offset + i) % targets.length] as string));
			});
	};
	const answers = deal(
		input.answers,
		(a) => `${a.questionnaire_id}/${a.item_id}/${a.statement_id}`,
		(a, b) => (a.level ?? 5) - (b.level ?? 5),
		(a, to) => ({ ...a, respondent_id: to, client_seq: 0, updated_at: when })
	).sort(
		(a, b) =>
			cmp(a.respondent_id, b.respondent_id) ||
			cmp(a.questionnaire_id, b.questionnaire_id) ||
			cmp(a.item_id, b.item_id) ||
			cmp(a.statement_id, b.statement_id)
	);
	const comments = deal(
		input.comments,
		(c) => c.item_id,
		(a, b) => cmp(a.body, b.body),
		(c, to) => ({ ...c, respondent_id: to, client_seq: 0, updated_at: when })
	).sort((a, b) => cmp(a.respondent_id, b.respondent_id) || cmp(a.item_id, b.item_id));
	return { respondents, answers, comments };
}

function cmp(a: string, b: string) {
	return a < b ? -1 : a > b ? 1 : 0;
}
