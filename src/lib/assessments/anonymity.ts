// What an anonymous workshop may show. No one, the facilitator included, may be able to link
// an answer to a person, so: no per-person summaries, and no breakdown by role layer or
// department for a group smaller than MIN_GROUP — a lone executive's "role mean" would be
// that executive's answer. Role gaps and disagreement are recomputed without those groups.
import { disagreement, discussionList, roleGap } from '$lib/scoring/disagreement';
import {
	ROLE_LAYERS,
	type AssessmentResult,
	type DiscussionEntry,
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

export function anonymise(result: AssessmentResult): AnonymisedResult {
	const hidden = new Set(ROLE_LAYERS.filter((r) => result.byRole[r].respondents < MIN_GROUP));
	const keptDepartments = Object.entries(result.byDepartment).filter(
		([, s]) => s.respondents >= MIN_GROUP
	);
	const visible = new Set(keptDepartments.map(([d]) => d));
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
