// Findings item by item, grouped by lens: score, what the level means, what the answers show,
// and the recommended actions for that level. Each finding stays on one page.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { table } from '../content';
import type { Finding } from '../data';
import { COLORS } from '../theme';
import { bullets, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';
import { plainLayout } from './styles';

const tone = (score: number) =>
	score < 40
		? { color: COLORS.high, fill: COLORS.highLight }
		: score < 70
			? { color: COLORS.accent, fill: COLORS.accentLight }
			: { color: COLORS.primary, fill: COLORS.primaryLight };

function finding(ctx: Ctx, f: Finding): Content {
	const { t } = ctx;
	const { color, fill } = tone(f.score);
	const title: TableCell[] = [
		{ text: f.item, fontSize: 11, bold: true, color: COLORS.primaryDark, margin: [0, 3, 0, 3] },
		{
			text: [
				{ text: `${t('report.findings.score')} `, fontSize: 8, color: COLORS.muted },
				{ text: ctx.num(f.score), fontSize: 12, bold: true, color }
			],
			alignment: ctx.end,
			fillColor: fill,
			margin: [4, 2, 4, 2]
		}
	];
	const disagreement: Content[] =
		(f.disagreement ?? 0) >= 0.5
			? [
					{
						text: t('report.findings.disagreement'),
						style: 'small',
						color: COLORS.accent,
						margin: [0, 0, 0, 4]
					}
				]
			: [];
	return {
		unbreakable: true,
		margin: [0, 0, 0, 6],
		stack: [
			table(ctx.locale, {
				widths: ['*', 90],
				body: [title],
				layout: {
					...plainLayout,
					hLineWidth: (i, node) => (i === node.table.body.length ? 1 : 0),
					hLineColor: () => COLORS.primaryMid
				},
				margin: [0, 0, 0, 4]
			}),
			{
				text: [
					{ text: `${t('report.findings.level')}: `, bold: true, color: COLORS.muted },
					{ text: f.level, color: COLORS.muted }
				],
				fontSize: 8.8,
				margin: [0, 0, 0, 3]
			},
			{ text: f.finding, fontSize: 9.5, margin: [0, 0, 0, 3] },
			...disagreement,
			{ text: t('report.findings.actions'), style: 'h3', margin: [0, 0, 0, 1] },
			bullets(ctx, f.actions)
		]
	};
}

export function findings(ctx: Ctx): Content[] {
	const lenses = [...new Set(ctx.data.findings.map((f) => f.lens))];
	return [
		...sectionHeading(ctx, 'findings'),
		...lenses.flatMap((lens, i): Content[] => [
			subheading(lens, { pageBreak: i > 0 }),
			...ctx.data.findings.filter((f) => f.lens === lens).map((f) => finding(ctx, f))
		])
	];
}
