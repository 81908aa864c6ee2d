// scoreAssessment: respondents (and what people decided) in, the complete result out. One pass
// reduces the answers to counts per group; every score is then derived from counts (see
// docs/scoring.md).
import { dependsOnAsking, isPutTo } from '../questionnaires/audience';
import type { Level } from '../questionnaires/schema';
import { discussionList } from './disagreement';
import { evaluate } from './evaluate';
import { layout as layoutOf, type Layout } from './layout';
import { audienceOf, byRole, isRoleLayer, ROLE_LAYERS, type RoleLayer } from './roles';
import { summarise } from './summary';
import { addRespondent, addTouched, emptyCounts, type Counts } from './tally';
import { gapsOf, resolveTargets, shortfalls } from './targets';
import { lensTree } from './tree';
import type { AssessmentResult, DiscussionEntry, IndividualSummary, LensResult } from './types';
import type { Decisions, Respondent, ScoringModel } from './types';

interface Group {
	counts: Counts;
	n: number;
}

/** Adds one respondent, whose answers landed on the first `n` positions of `touched`. */
function join(group: Group, touched: Int32Array, n: number): void {
	addTouched(group.counts, touched, n);
	group.n += 1;
}

const byName = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

function discussion(lenses: LensResult[]): DiscussionEntry[] {
	return discussionList(
		lenses.flatMap((lens) =>
			lens.items.flatMap((item) =>
				item.statements
					.filter((s) => s.known >= 2)
					.map((s) => ({
						lens: lens.id,
						item: item.id,
						statement: s.id,
						disagreement: s.disagreement,
						sd: s.sd ?? 0,
						roleGap: s.roleGap,
						agreed: s.agreed
					}))
			)
		)
	);
}

function individual(layout: Layout, respondent: Respondent, own: Counts): IndividualSummary {
	return {
		id: respondent.id,
		role: respondent.role,
		department: respondent.department || null,
		...summarise(layout, evaluate(layout, own), 1)
	};
}

/** The agreed levels by statement index; agreements on statements outside the model are ignored. */
function agreedLevels(layout: Layout, agreed: Decisions['agreed'] = {}): (Level | null)[] {
	const levels: (Level | null)[] = layout.statements.map(() => null);
	for (const [key, level] of Object.entries(agreed)) {
		const s = layout.byKey.get(key);
		if (s === undefined) continue;
		if (!Number.isInteger(level) || level < 0 || level > 4)
			throw new RangeError(`Not an agreed level for ${key}: ${JSON.stringify(level)}`);
		levels[s] = level;
	}
	return levels;
}

/**
 * By role layer, 1 for each statement put to that layer (its audience and the stage); null when
 * every statement is put to everyone (content without audiences or stage wording, such as v1).
 */
function askedMasks(layout: Layout, decisions: Decisions): Record<RoleLayer, Uint8Array> | null {
	const stage = decisions.stage ?? null;
	const byLayer = decisions.byLayer ?? false;
	if (!dependsOnAsking(layout.lenses.map((l) => l.questionnaire))) return null;
	return byRole((role) => {
		const audience = audienceOf(role, byLayer);
		return Uint8Array.from(layout.statements, (s) =>
			isPutTo(s.statement, audience, stage) ? 1 : 0
		);
	});
}

export function scoreAssessment(
	scoring: ScoringModel,
	respondents: readonly Respondent[],
	decisions: Decisions = {}
): AssessmentResult {
	const layout = layoutOf(scoring);
	const view = decisions.view ?? 'crowd';
	const targets = resolveTargets(layout, decisions.targets);
	const agreed = agreedLevels(layout, decisions.agreed);
	const group = (): Group => ({ counts: emptyCounts(layout), n: 0 });
	const everyone = group();
	const roles = byRole(group);
	const departments = new Map<string, Group>();
	const individuals: IndividualSummary[] = [];
	const masks = askedMasks(layout, decisions);

	// One respondent's counts at a time, in one buffer: the positions their answers landed on are
	// added to their groups, then cleared again for the next respondent.
	const own = emptyCounts(layout);
	const touched = new Int32Array(layout.statements.length);
	for (const respondent of respondents) {
		if (!isRoleLayer(respondent.role))
			throw new RangeError(`Not a role layer: ${JSON.stringify(respondent.role)}`);
		const n = addRespondent(own, layout, respondent, masks?.[respondent.role], touched);
		join(everyone, touched, n);
		join(roles[respondent.role], touched, n);
		if (respondent.department) {
			const department = departments.get(respondent.department) ?? group();
			join(department, touched, n);
			departments.set(respondent.department, department);
		}
		individuals.push(individual(layout, respondent, own));
		for (let k = 0; k < n; k++) own[touched[k] as number] = 0;
	}

	const all = evaluate(layout, everyone.counts, view === 'agreed' ? agreed : undefined);
	const gaps = gapsOf(layout, all.itemLevel, targets);
	const perRole = byRole((role) => ({
		...roles[role],
		evaluation: evaluate(layout, roles[role].counts)
	}));
	const perDepartment = [...departments].sort(byName);
	// How many people each statement was put to: the layers it was put to, by their size.
	const asked = layout.statements.map((_, s) =>
		masks === null
			? everyone.n
			: ROLE_LAYERS.reduce((n, role) => n + (masks[role][s] ?? 0) * roles[role].n, 0)
	);
	const lenses = lensTree(layout, {
		all,
		counts: everyone.counts,
		roles: perRole,
		departments: new Map(perDepartment.map(([name, g]) => [name, g.counts])),
		agreed,
		targets,
		gaps,
		asked
	});
	const { known, dontKnow, notApplicable, confidence } = summarise(layout, all, everyone.n);

	return {
		respondents: everyone.n,
		view,
		known,
		dontKnow,
		notApplicable,
		confidence,
		index: all.index,
		band: all.band,
		target: gaps.target,
		gap: gaps.gap,
		lenses,
		blockers: lenses.flatMap((lens) =>
			lens.items.flatMap((it) =>
				it.blocker && it.level !== null ? [{ lens: lens.id, item: it.id, level: it.level }] : []
			)
		),
		shortfalls: shortfalls(layout, all.itemLevel, targets, gaps),
		risks: lenses.flatMap((lens) =>
			lens.items.flatMap((it) => (it.risk ? [{ lens: lens.id, item: it.id, ...it.risk }] : []))
		),
		discussion: discussion(lenses),
		byRole: byRole((role) => summarise(layout, perRole[role].evaluation, perRole[role].n)),
		byDepartment: Object.fromEntries(
			perDepartment.map(([name, g]) => [name, summarise(layout, evaluate(layout, g.counts), g.n)])
		),
		individuals: individuals.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
	};
}
