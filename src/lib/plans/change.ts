// The change-management plan: the five elements of DOMAIN 001's programme. Each element's
// status comes from the user-adoption statement that measures it; its actions from that status,
// the failure-risk levels, and the gap between how executives and specialists see readiness.
import type { Bilingual, Effort, RiskLevel } from '$lib/questionnaires/schema';
import type { AssessmentResult } from '$lib/scoring';
import type { Lift } from '$lib/scoring/projection';
import { anchorNear, findItem, findStatement, type Found } from './content';
import type { PlanSource } from './types';
import { below, priority } from './priority';
import { bilingual, levelText, paragraph } from './text';
import {
	CHANGE_ELEMENTS,
	type ChangeElement,
	type ChangeElementPlan,
	type ElementStatus,
	type Phase,
	type Suggestion
} from './types';

const ADOPTION = 'user-adoption';
/**
 * The user-adoption statement that measures each element (failure-risks.yaml says which): the
 * first that exists. Version 2 gives readiness and impact a statement each; version 1 had one
 * statement for both.
 */
const MEASURED_BY: Record<ChangeElement, string[]> = {
	readiness_assessment: ['change-readiness', 'readiness-and-impact'],
	communications: ['communications-plan'],
	impact_analysis: ['impact-analysis', 'readiness-and-impact'],
	training: ['training-tools'],
	value_metrics: ['value-realisation']
};

type Known = Exclude<ElementStatus, 'unknown'>;
/** Each element's own action for its status; the wording is in messages/plan. */
const BASE: Record<ChangeElement, Record<Known, [id: string, effort: Effort]>> = {
	readiness_assessment: {
		missing: ['readiness_survey', 'quick'],
		partial: ['readiness_all_groups', 'quick'],
		in_place: ['readiness_before_waves', 'quick']
	},
	communications: {
		missing: ['comms_plan', 'quick'],
		partial: ['comms_tailor', 'quick'],
		in_place: ['comms_feedback', 'quick']
	},
	impact_analysis: {
		missing: ['impact_map', 'medium'],
		partial: ['impact_complete', 'medium'],
		in_place: ['impact_review', 'quick']
	},
	training: {
		missing: ['training_plan', 'medium'],
		partial: ['training_practice', 'medium'],
		in_place: ['training_induction', 'quick']
	},
	value_metrics: {
		missing: ['value_define', 'quick'],
		partial: ['value_benefits', 'quick'],
		in_place: ['value_review', 'quick']
	}
};

/** Other causes whose HIGH or MEDIUM risk adds work to an element. */
const TRIGGERS: { element: ChangeElement; cause: string; id: string; effort: Effort }[] = [
	// Without process redesign users keep a second source of data entry: part of the impact.
	{ element: 'impact_analysis', cause: 'process-design', id: 'impact_processes', effort: 'medium' },
	// Value can only be shown against goals that are measurable.
	{ element: 'value_metrics', cause: 'weak-goals', id: 'value_goals', effort: 'quick' }
];

/** One level between the executives' and the specialists' readiness index. */
export const WIDE_ROLE_GAP = 1;

/** Missing below 1.5 (where the risk rules rate adoption HIGH), in place from level 3. */
export function elementStatus(level: number | null): ElementStatus {
	if (level === null) return 'unknown';
	if (below(level, 1.5)) return 'missing';
	if (below(level, 3)) return 'partial';
	return 'in_place';
}

/** Executives' index minus specialists', in levels; null unless both layers are shown. */
export function executiveGap(result: AssessmentResult): number | null {
	const exec = result.byRole.executive;
	const spec = result.byRole.specialist;
	if (exec.respondents === 0 || spec.respondents === 0) return null;
	if (exec.index === null || spec.index === null) return null;
	return (exec.index - spec.index) / 25;
}

/** Missing or unknown: start now; partial: now when adoption is HIGH, else by months 3–6. */
function basePhase(status: ElementStatus, adoptionRisk: RiskLevel | undefined): Phase {
	if (status === 'in_place') return 'months_6_12';
	if (status === 'partial' && adoptionRisk !== 'high') return 'months_3_6';
	return 'first_90_days';
}

function action(
	element: ChangeElement,
	id: string,
	effort: Effort,
	phase: Phase,
	from: Found | null,
	text: Bilingual = bilingual(`plan.change.actions.${id}`),
	lifts: Lift[] = []
): Suggestion {
	const r = from?.result;
	return {
		key: `change/${element}/${id}`,
		kind: 'change',
		text,
		source: bilingual(`plan.change.element.${element}`),
		item: from?.item.id ?? null,
		element,
		effort,
		priority: r && r.gap !== null ? priority(r.gap, r.share) : 0,
		urgent: phase === 'first_90_days' && r?.risk?.level === 'high',
		quickWin: false,
		phase,
		// The change programme is run by the middle managers; closing a gap between the layers
		// needs the executives themselves.
		owner: ROLE_GAP_ACTIONS.has(id) ? 'executive' : 'middle_manager',
		deliverable: text,
		lifts,
		after: []
	};
}

const ROLE_GAP_ACTIONS = new Set(['listen_to_specialists', 'brief_executives']);

/** An element's own action raises the statement that measures it to the next status's level. */
const LIFT_TO: Record<Known, number> = { missing: 2, partial: 3, in_place: 4 };

export function changePlan({ result, lenses }: PlanSource): ChangeElementPlan[] {
	const adoption = findItem(result, lenses, ADOPTION);
	const adoptionRisk = adoption?.result.risk?.level;
	const gap = executiveGap(result);
	const wide = gap !== null && !below(Math.abs(gap), WIDE_ROLE_GAP) ? gap : null;

	return CHANGE_ELEMENTS.map((element) => {
		const found =
			MEASURED_BY[element].map((id) => findStatement(adoption, id)).find((f) => f !== null) ?? null;
		const level = found?.result.mean ?? null;
		const status = elementStatus(level);
		// Not assessed, or not answered yet: nothing to go on, so no action either. "Don't know"
		// is different: not knowing whether the element exists is itself a gap to close.
		const answered = found !== null && found.result.known + found.result.dontKnow > 0;
		const why: Bilingual[] = [];
		if (!adoption || !found) why.push(bilingual('plan.change.why.not_assessed'));
		else if (!answered) why.push(bilingual('plan.change.why.unanswered'));
		else if (level === null) why.push(bilingual('plan.change.why.unknown'));
		else {
			const anchor = anchorNear(found.statement.levels, level);
			why.push(
				bilingual('plan.change.why.level', (l) => ({
					level: levelText(l, level),
					anchor: anchor?.[l] ?? ''
				}))
			);
		}
		if (adoptionRisk === 'high' || adoptionRisk === 'medium')
			why.push(bilingual(`plan.change.why.adoption_${adoptionRisk}`));

		const [id, effort] = BASE[element][status === 'unknown' ? 'missing' : status];
		const lifts: Lift[] =
			status === 'unknown' || !found || !adoption
				? []
				: [{ statement: `${adoption.item.id}/${found.statement.id}`, to: LIFT_TO[status] }];
		const actions = answered
			? [
					action(
						element,
						id,
						effort,
						basePhase(status, adoptionRisk),
						adoption,
						bilingual(`plan.change.actions.${id}`),
						lifts
					)
				]
			: [];

		for (const trigger of TRIGGERS.filter((t) => t.element === element)) {
			const cause = findItem(result, lenses, trigger.cause);
			const risk = cause?.result.risk?.level;
			if (risk !== 'high' && risk !== 'medium') continue;
			why.push(bilingual(`plan.change.why.${trigger.cause.replaceAll('-', '_')}_${risk}`));
			const phase = risk === 'high' ? 'first_90_days' : 'months_3_6';
			actions.push(action(element, trigger.id, trigger.effort, phase, cause));
		}

		if (element === 'communications' && wide !== null) {
			// Leaders who see more readiness than the people doing the work must hear them first;
			// the reverse gap means the leaders have not seen what already works.
			const id = wide > 0 ? 'listen_to_specialists' : 'brief_executives';
			const params = (l: 'en' | 'fa') => ({ gap: levelText(l, Math.abs(wide)) });
			why.push(bilingual(`plan.change.why.${id}`, params));
			const text = bilingual(`plan.change.actions.${id}`, params);
			actions.push(action(element, id, 'quick', 'first_90_days', adoption, text));
		}
		return { element, status, level, why: paragraph(why), actions };
	});
}
