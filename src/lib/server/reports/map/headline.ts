// The roadmap's results sections: readiness, executive summary, blockers, scores by lens, the
// failure risks and the findings item by item, in the report's language.
import type {
	AgreedStatement,
	Blocker,
	FailureRisk,
	Finding,
	RegisterDisagreement,
	Scored,
	Shortfall
} from '../document/data';
import { breaches, percent } from '$lib/evidence/flags';
import type { ItemResult, StatementResult } from '$lib/scoring';
import { anchorNear } from '$lib/plans/content';
import type { Item } from '$lib/questionnaires/schema';
import { formatPercent } from '$lib/i18n/locale';
import { itemTitle, type Ctx } from './input';

const POINTS = 'strategic-planning';
const BLOCKS = 'building-blocks';

export function readiness(ctx: Ctx, index: number) {
	const { model } = ctx.input.content;
	const band = model.bands.find((b) => b.id === ctx.input.result.band?.id);
	return {
		index,
		band: band?.label[ctx.locale] ?? '',
		bandSummary: band?.summary[ctx.locale] ?? '',
		bandStarts: model.bands.map((b) => b.from),
		bandLabels: model.bands.map((b) => b.label[ctx.locale]),
		cap: model.bands.find((b) => b.id === model.gating.capAt)?.label[ctx.locale] ?? '',
		confidence: ctx.input.result.confidence ?? 0,
		target: ctx.input.result.target,
		gap: ctx.input.result.gap,
		projected: ctx.projection.index,
		view: ctx.input.result.view,
		agreed: agreedCount(ctx)
	};
}

/** How many statements carry an agreed level. */
function agreedCount(ctx: Ctx): number {
	return ctx.input.result.lenses
		.flatMap((l) => l.items.flatMap((i) => i.statements))
		.filter((s) => s.agreed !== null).length;
}

export function lensScores(ctx: Ctx): Scored[] {
	return ctx.input.result.lenses.flatMap((l, i) => {
		const lens = ctx.input.content.lenses.find((q) => q.id === l.id);
		return lens && l.score !== null
			? [
					{
						label: lens.title[ctx.locale],
						score: l.score,
						target: l.target,
						gap: l.gap,
						projected: ctx.projection.lenses[i]?.score ?? null
					}
				]
			: [];
	});
}

/**
 * One lens's items in questionnaire order; an item nobody could answer scores 0 on the chart.
 * Target and gap are the item's levels × 25, on the scores' scale.
 */
export function itemScores(ctx: Ctx, lensId: typeof POINTS | typeof BLOCKS): Scored[] {
	const at = ctx.input.result.lenses.findIndex((l) => l.id === lensId);
	const lens = ctx.input.result.lenses[at];
	const projected = ctx.projection.lenses[at]?.items ?? [];
	return (lens?.items ?? []).map((i, k) => ({
		label: itemTitle(ctx, i.id),
		score: i.score ?? 0,
		target: i.target * 25,
		gap: i.gap === null ? null : i.gap * 25,
		projected: projected[k]?.score ?? null
	}));
}

/** The items furthest below their target, as the results page lists them (at most five). */
export function shortfalls(ctx: Ctx): Shortfall[] {
	return ctx.input.result.shortfalls.slice(0, 5).map((f) => ({
		item: itemTitle(ctx, f.item),
		lens: ctx.input.content.lenses.find((l) => l.id === f.lens)?.title[ctx.locale] ?? f.lens,
		level: f.level,
		target: f.target,
		weightedGap: f.weightedGap
	}));
}

/**
 * The statements of an item the workshop agreed on: the agreed level, the answers before the
 * agreement (statement statistics do not change with the view) and the rationale.
 */
function agreedStatements(ctx: Ctx, item: Item, result: ItemResult): AgreedStatement[] {
	return result.statements.flatMap((s) => {
		if (s.agreed === null) return [];
		const levels = s.distribution.flatMap((count, level) => (count > 0 ? [level] : []));
		const rationale =
			ctx.input.consensus.find((c) => c.item === item.id && c.statement === s.id)?.rationale ?? '';
		return [
			{
				statement: item.statements.find((q) => q.id === s.id)?.text[ctx.locale] ?? s.id,
				level: s.agreed,
				mean: s.mean,
				low: levels.length > 0 ? Math.min(...levels) : null,
				high: levels.length > 0 ? Math.max(...levels) : null,
				sd: s.sd,
				n: s.known,
				rationale: rationale.trim()
			}
		];
	});
}

export function blockers(ctx: Ctx): Blocker[] {
	const cap = ctx.input.content.model.bands.find(
		(b) => b.id === ctx.input.content.model.gating.capAt
	);
	return ctx.input.result.blockers.map((b) => ({
		title: itemTitle(ctx, b.item),
		detail: ctx.t('plan.report.blocker', {
			level: ctx.level(b.level),
			cap: cap?.label[ctx.locale] ?? ''
		})
	}));
}

/** The known statement with the lowest mean, and how its level reads in its own words. */
function weakest(ctx: Ctx, item: Item, result: ItemResult) {
	const known = result.statements.filter(
		(s): s is StatementResult & { mean: number } => s.mean !== null
	);
	const low = known.reduce<(typeof known)[number] | null>(
		(min, s) => (min === null || s.mean < min.mean ? s : min),
		null
	);
	const statement = low && item.statements.find((s) => s.id === low.id);
	if (!low || !statement) return null;
	const anchor = anchorNear(statement.levels, low.mean)?.[ctx.locale] ?? '';
	return { level: ctx.level(low.mean), anchor };
}

export function risks(ctx: Ctx): FailureRisk[] {
	return [...ctx.items.values()]
		.filter(({ result }) => result.risk !== null)
		.map(({ item, result }) => {
			const risk = result.risk as NonNullable<ItemResult['risk']>;
			const low = weakest(ctx, item, result);
			const reasons = [
				low ? ctx.t('plan.report.risk.weakest', low) : ctx.t('plan.report.risk.none_known')
			];
			const asked = result.known + result.dontKnow;
			if (low && asked > 0 && result.dontKnow / asked >= 0.25)
				reasons.push(
					ctx.t('plan.report.risk.unknown', {
						percent: formatPercent(ctx.locale, result.dontKnow / asked)
					})
				);
			return {
				cause: item.title[ctx.locale],
				level: risk.level,
				// Nobody knew: shown as fully exposed, as the reason says.
				exposure: risk.exposure ?? 100,
				reason: reasons.join(' '),
				prevention: (item.risk?.prevention[risk.level] ?? []).map((a) => a.text[ctx.locale])
			};
		});
}

/**
 * Where the customer register contradicts a level given in this item (issue 15 §7, the results
 * page's rule): one line per statement, the claim and the register's figure beside it. Never a
 * score change.
 */
function registerDisagrees(ctx: Ctx, item: Item, result: ItemResult): RegisterDisagreement[] {
	const figures = ctx.input.register;
	if (!figures) return [];
	return result.statements.flatMap((s) => {
		const statement = item.statements.find((x) => x.id === s.id);
		const found = breaches(statement?.evidence, s.level, figures);
		if (!statement || s.level === null || found.length === 0) return [];
		const t = ctx.t;
		return [
			{
				statement: statement.text[ctx.locale],
				claim: t('results.register_disagrees.claim', { level: ctx.level(s.level) }),
				figures: found.map((b) =>
					t(`results.register_disagrees.${b.direction === 'atMost' ? 'at_most' : 'at_least'}`, {
						figure: t(`results.register_disagrees.figures.${b.figure}`),
						value: percent(b.value),
						from: b.from,
						bound: percent(b.bound)
					})
				)
			}
		];
	});
}

export function findings(ctx: Ctx): Finding[] {
	return [...ctx.items.values()]
		.filter(({ lens, result }) => lens.kind === 'scored' && result.score !== null)
		.map(({ item, lens, result }) => {
			const level = result.level ?? 0;
			const low = weakest(ctx, item, result);
			const gap = result.roleGap;
			const parts = [low ? ctx.t('plan.report.finding', low) : ''];
			if (gap && gap.gap >= 1)
				parts.push(
					ctx.t('plan.report.finding_gap', {
						high: ctx.t(`report.role.${gap.high}`),
						low: ctx.t(`report.role.${gap.low}`),
						gap: ctx.level(gap.gap)
					})
				);
			return {
				lens: lens.title[ctx.locale],
				item: item.title[ctx.locale],
				score: result.score ?? 0,
				target: result.target * 25,
				level: ctx.t('plan.report.level', {
					level: ctx.level(level),
					name: ctx.t(`plan.report.level_name.${Math.min(4, Math.floor(level))}`)
				}),
				finding: parts.filter(Boolean).join(' '),
				actions: result.tier ? item.actions[result.tier].map((a) => a.text[ctx.locale]) : [],
				disagreement: Math.max(0, ...result.statements.map((s) => s.disagreement)),
				agreed: agreedStatements(ctx, item, result),
				...(ctx.input.register ? { registerDisagrees: registerDisagrees(ctx, item, result) } : {})
			};
		});
}

export { BLOCKS, POINTS };
