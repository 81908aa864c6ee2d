// The mapping from results and plan to RoadmapData: a pure function of what load.ts read, in
// the report's language. Every output that shows the roadmap's content (the PDF today) starts
// from this one shape.
import type { Locale } from '$lib/i18n/locale';
import type { RoadmapData } from '../document/data';
import { appendix } from './appendix';
import {
	blockers,
	findings,
	itemScores,
	lensScores,
	readiness,
	risks,
	shortfalls
} from './headline';
import { context, type ReportInput } from './input';
import { planSections } from './plan';
import { summary } from './summary';

export type { ReportInput } from './input';

/** The mapping itself: null when nobody has answered (there is no index to report). */
export function toRoadmapData(input: ReportInput, locale: Locale): RoadmapData | null {
	const index = input.result.index;
	if (index === null) return null;
	const ctx = context(input, locale);
	const failureRisks = risks(ctx);
	const plan = planSections(ctx);
	return {
		locale,
		organisation: input.organisation,
		assessment: input.assessment.title,
		date: input.date,
		facilitator: input.facilitator,
		stage: input.stage ? ctx.t(`assessment.stages.${input.stage}`) : null,
		anonymous: input.assessment.anonymous,
		respondents: input.result.respondents,
		readiness: readiness(ctx, index),
		summary: summary(ctx, index, failureRisks, plan.plan),
		blockers: blockers(ctx),
		shortfalls: shortfalls(ctx),
		lenses: lensScores(ctx),
		blocks: itemScores(ctx, 'building-blocks'),
		points: itemScores(ctx, 'strategic-planning'),
		risks: failureRisks,
		findings: findings(ctx),
		...plan,
		appendix: appendix(ctx)
	};
}
