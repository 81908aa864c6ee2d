// What doing some actions would buy: the result as it would be if they were done. Each action
// declares the statements it lifts and to which level; a lifted statement's level becomes
// max(current, to), and everything above it is scored again exactly as the engine scores it
// (weights, gating, risk rules, targets). Pure and cheap: the plan and the PDF call it with
// their list of actions.
import type { RiskLevel } from '../questionnaires/schema';
import { rollUp } from './evaluate';
import { layout as layoutOf } from './layout';
import { gapsOf } from './targets';
import type { AssessmentResult, BandOutcome, ScoreView, ScoringModel } from './types';

/** "<item-id>/<statement-id>" raised to at least level `to` (0–4) once the action is done. */
export interface Lift {
	statement: string;
	to: number;
}

/** Anything that lifts statements: a plan action, a questionnaire action. */
export interface Liftable {
	lifts: readonly Lift[];
}

export interface ProjectedItem {
	id: string;
	level: number | null;
	score: number | null;
	gap: number | null;
}

export interface ProjectedLens {
	id: string;
	score: number | null;
	gap: number | null;
	items: ProjectedItem[];
}

export interface Projection {
	/** The view of the result it starts from. */
	view: ScoreView;
	index: number | null;
	band: BandOutcome | null;
	/** Gap to target after the actions, in index points. */
	gap: number | null;
	lenses: ProjectedLens[];
	/** Ids of the items that would still block, in questionnaire order. */
	blockers: string[];
	/** Risk level by item id, for items with risk rules. */
	risks: Record<string, RiskLevel>;
	/** The statements whose level the actions raise, in questionnaire order. */
	lifted: { statement: string; from: number; to: number }[];
}

/**
 * The result `result` (scored with `scoring`, in either view) as it would be once `actions` are
 * done. A statement nobody could judge has no level to raise and stays out, so no score can
 * fall; lifts to statements outside the model are ignored.
 */
export function project(
	scoring: ScoringModel,
	result: AssessmentResult,
	actions: readonly Liftable[]
): Projection {
	const layout = layoutOf(scoring);
	const statements = new Map(
		result.lenses.flatMap((l) =>
			l.items.flatMap((i) => i.statements.map((s) => [`${i.id}/${s.id}`, s]))
		)
	);
	const items = new Map(result.lenses.flatMap((l) => l.items.map((i) => [i.id, i])));
	const current = [...layout.byKey].map(([key]) => statements.get(key)?.level ?? null);
	const levels = [...current];
	for (const action of actions)
		for (const lift of action.lifts) {
			const s = layout.byKey.get(lift.statement);
			if (!Number.isInteger(lift.to) || lift.to < 0 || lift.to > 4)
				throw new RangeError(
					`Not a level to lift ${lift.statement} to: ${JSON.stringify(lift.to)}`
				);
			const level = s === undefined ? null : levels[s];
			if (s !== undefined && level !== null && level !== undefined && lift.to > level)
				levels[s] = lift.to;
		}

	const counts = {
		itemKnown: layout.items.map((slot) => items.get(slot.item.id)?.known ?? 0),
		itemDontKnow: layout.items.map((slot) => items.get(slot.item.id)?.dontKnow ?? 0),
		itemNotApplicable: layout.items.map((slot) => items.get(slot.item.id)?.notApplicable ?? 0)
	};
	const rolled = rollUp(layout, levels, counts);
	const targets = layout.items.map((slot) => items.get(slot.item.id)?.target ?? 0);
	const gaps = gapsOf(layout, rolled.itemLevel, targets);
	const keys = [...layout.byKey.keys()];
	const risks: Record<string, RiskLevel> = {};
	rolled.risks.forEach((risk, i) => {
		const id = layout.items[i]?.item.id;
		if (risk && id) risks[id] = risk.level;
	});

	return {
		view: result.view,
		index: rolled.index,
		band: rolled.band,
		gap: gaps.gap,
		lenses: layout.lenses.map((lens, l) => ({
			id: lens.questionnaire.id,
			score: rolled.lensScore[l] ?? null,
			gap: gaps.lensGap[l] ?? null,
			items: lens.items.map((i) => {
				const level = rolled.itemLevel[i] ?? null;
				return {
					id: layout.items[i]?.item.id ?? '',
					level,
					score: level === null ? null : level * 25,
					gap: gaps.itemGap[i] ?? null
				};
			})
		})),
		blockers: rolled.blockers.map((i) => layout.items[i]?.item.id ?? ''),
		risks,
		lifted: levels.flatMap((to, s) => {
			const from = current[s];
			return from !== null && from !== undefined && to !== null && to !== undefined && to > from
				? [{ statement: keys[s] ?? '', from, to }]
				: [];
		})
	};
}
