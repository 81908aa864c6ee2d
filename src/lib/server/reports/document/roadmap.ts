// The PDF roadmap as a pdfmake document definition: a pure function of already-localised data.
// renderPdf (src/lib/server/pdf) turns it into bytes.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { baseStyle } from './content';
import { pageFrame } from './page';
import { appendix } from './sections/appendix';
import { changePlan } from './sections/change';
import { blocksChart, pointsChart } from './sections/charts';
import { context } from './sections/context';
import { cover, coverBackground } from './sections/cover';
import { findings } from './sections/findings';
import { goals } from './sections/goals';
import { method } from './sections/method';
import { plan } from './sections/plan';
import { risks } from './sections/risks';
import { scope } from './sections/scope';
import { styles } from './sections/styles';
import { blockers, readiness, summary } from './sections/summary';
import type { RoadmapData } from './data';
import { dir } from '$lib/i18n/locale';
import { embedRun } from '$lib/i18n/embed';
import { COLORS, PAGE } from './theme';

export { SECTIONS, sectionId, type Section } from './sections/blocks';

export function buildRoadmap(data: RoadmapData): TDocumentDefinitions {
	const ctx = context(data);
	const { t } = ctx;
	const title = t('report.title');
	const { header, footer } = pageFrame(ctx.locale, {
		// Names are the users' own, in either script: kept apart from the sentence around them.
		title: t('report.header', { organisation: embedRun(data.organisation, dir(ctx.locale)) }),
		note: `${embedRun(data.assessment, dir(ctx.locale))} · ${ctx.longDate(data.date)}`,
		pageLabel: (n, m) => t('report.page', { n, m }),
		margin: PAGE.margin,
		color: COLORS.muted,
		ruleColor: COLORS.rule,
		skipFirst: true
	});
	return {
		pageSize: 'A4',
		pageMargins: [PAGE.margin, PAGE.top, PAGE.margin, PAGE.bottom],
		language: data.locale === 'fa' ? 'fa-IR' : 'en-GB',
		info: {
			title: `${title} — ${data.organisation}`,
			subject: data.assessment,
			creator: 'CRM Readiness',
			producer: 'CRM Readiness'
		},
		defaultStyle: baseStyle(ctx.locale, { fontSize: 10, lineHeight: 1.25, color: COLORS.text }),
		styles,
		background: coverBackground(),
		header,
		footer,
		content: [
			...cover(ctx),
			...summary(ctx),
			...readiness(ctx),
			...blockers(ctx),
			...blocksChart(ctx),
			...pointsChart(ctx),
			...risks(ctx),
			...findings(ctx),
			...plan(ctx),
			...goals(ctx),
			...changePlan(ctx),
			...scope(ctx),
			...appendix(ctx),
			...method(ctx)
		]
	};
}
