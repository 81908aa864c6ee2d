// "Sources and method": where the three lenses come from (Gartner's eight building blocks, the
// ten points of strategic planning, the failure-cause literature, the strategic-management view
// of CRM) and how every figure of the roadmap is computed, in words that match docs/scoring.md.
import type { Content } from 'pdfmake/interfaces';
import { bullets, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';

export function method(ctx: Ctx): Content[] {
	const { t, data } = ctx;
	const r = data.readiness;
	const bands = r.bandLabels
		.map((label, i) => t('report.method.band', { label, from: ctx.num(r.bandStarts[i] ?? 0) }))
		.join(ctx.rtl ? '، ' : ', ');
	return [
		...sectionHeading(ctx, 'method'),
		subheading(t('report.method.sources')),
		...(['blocks', 'points', 'risks', 'strategic'] as const).map(
			// Smaller than body text: the page is meant to stay one page.
			(key): Content => ({
				text: t(`report.method.${key}`),
				fontSize: 9.5,
				lineHeight: 1.2,
				margin: [0, 0, 0, 6]
			})
		),
		subheading(t('report.method.computed')),
		bullets(ctx, [
			t('report.method.levels'),
			t('report.method.scores'),
			t('report.method.bands', { list: bands, cap: r.cap }),
			t('report.method.targets'),
			t('report.method.views'),
			t('report.method.projection')
		])
	];
}
