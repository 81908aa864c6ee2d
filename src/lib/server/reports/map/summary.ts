// The executive summary: a handful of sentences built from the results and the plan.
import { dir, formatPercent } from '$lib/i18n/locale';
import { embedRun } from '$lib/i18n/embed';
import type { FailureRisk, PlanAction } from '../document/data';
import { executiveGap, WIDE_ROLE_GAP } from '$lib/plans/change';
import { itemTitle, type Ctx } from './input';

export function summary(ctx: Ctx, index: number, risks: FailureRisk[], plan: PlanAction[]) {
	const { t, locale, input } = ctx;
	const { result, content } = input;
	const band = (id: string | undefined) =>
		content.model.bands.find((b) => b.id === id)?.label[locale] ?? '';
	const list = (names: string[]) => names.join(locale === 'fa' ? '، ' : ', ');
	const quoted = (s: string) => (locale === 'fa' ? `«${s}»` : `“${s}”`);
	const paragraphs: string[] = [];

	const headline = [
		t('plan.report.summary.result', {
			count: result.respondents,
			// A Latin name in a Persian sentence (or the reverse) must not take the score with it.
			organisation: embedRun(input.organisation, dir(locale)),
			index: Math.round(index),
			band: band(result.band?.id)
		})
	];
	if (result.band?.capped)
		headline.push(
			t('plan.report.summary.capped', {
				reached: band(result.band.reached),
				band: band(result.band.id)
			})
		);
	headline.push(
		result.blockers.length > 0
			? t('plan.report.summary.blockers', {
					count: result.blockers.length,
					list: list(result.blockers.map((b) => quoted(itemTitle(ctx, b.item))))
				})
			: t('plan.report.summary.no_blockers')
	);
	paragraphs.push(headline.join(' '));

	const most = [...risks].sort((a, b) => b.exposure - a.exposure)[0];
	if (most) {
		const n = (level: string) => risks.filter((r) => r.level === level).length;
		paragraphs.push(
			t('plan.report.summary.risks', {
				high: n('high'),
				medium: n('medium'),
				low: n('low'),
				cause: most.cause
			})
		);
	}

	const gap = executiveGap(result);
	if (gap !== null && Math.abs(gap) >= WIDE_ROLE_GAP)
		paragraphs.push(
			t(`plan.change.why.${gap > 0 ? 'listen_to_specialists' : 'brief_executives'}`, {
				gap: ctx.level(Math.abs(gap))
			})
		);

	const quick = plan.filter((a) => a.quickWin);
	if (plan.length > 0)
		paragraphs.push(
			t('plan.report.summary.plan', {
				count: plan.length,
				quick: quick.length,
				first: (quick[0] ?? plan[0])?.action ?? ''
			})
		);

	const asked = result.known + result.dontKnow;
	if (asked > 0 && result.dontKnow / asked >= 0.1)
		paragraphs.push(
			t('plan.report.summary.confidence', {
				percent: formatPercent(locale, result.dontKnow / asked)
			})
		);
	return paragraphs;
}
