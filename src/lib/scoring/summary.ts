// The headline numbers of one evaluation: what a breakdown (role layer, department, person) shows.
import type { RiskLevel } from '../questionnaires/schema';
import type { Evaluation } from './evaluate';
import type { Layout } from './layout';
import { coverage } from './stats';
import type { Summary } from './types';

export function summarise(layout: Layout, evaluation: Evaluation, respondents: number): Summary {
	const lenses: Record<string, number | null> = {};
	layout.lenses.forEach(
		(lens, l) => (lenses[lens.questionnaire.id] = evaluation.lensScore[l] ?? null)
	);
	const items: Record<string, number | null> = {};
	const risks: Record<string, RiskLevel> = {};
	let known = 0;
	let dontKnow = 0;
	let notApplicable = 0;
	layout.items.forEach((slot, i) => {
		const level = evaluation.itemLevel[i] ?? null;
		items[slot.item.id] = level === null ? null : level * 25;
		const risk = evaluation.risks[i];
		if (risk) risks[slot.item.id] = risk.level;
		known += evaluation.itemKnown[i] ?? 0;
		dontKnow += evaluation.itemDontKnow[i] ?? 0;
		notApplicable += evaluation.itemNotApplicable[i] ?? 0;
	});
	return {
		...coverage(known, dontKnow, notApplicable),
		respondents,
		index: evaluation.index,
		band: evaluation.band,
		lenses,
		items,
		risks,
		blockers: evaluation.blockers.map((i) => layout.items[i]?.item.id ?? '')
	};
}
