// Findings item by item, grouped by lens: score and target, what the level means, what the
// answers show, the levels the workshop agreed on (with the spread before agreement and the
// rationale), and the recommended actions for that level. Each finding stays on one page.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { table } from '../content';
import type { AgreedStatement, Finding, RegisterDisagreement } from '../data';
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
				{ text: ctx.num(f.score), fontSize: 12, bold: true, color },
				{ text: `   ${t('report.findings.target')} `, fontSize: 8, color: COLORS.muted },
				{ text: ctx.num(f.target), fontSize: 12, bold: true, color: COLORS.primaryDark }
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
				widths: ['*', 130],
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
			...agreed(ctx, f.agreed ?? []),
			...registerDisagrees(ctx, f.registerDisagrees ?? []),
			{ text: t('report.findings.actions'), style: 'h3', margin: [0, 0, 0, 1] },
			bullets(ctx, f.actions)
		]
	};
}

/**
 * "Agreed: level 3 of 4 — before agreement the answers ranged from 1 to 4 (mean 2.3, spread
 * 1.2, n = 12). Why: …", under the statement it is about.
 */
function agreed(ctx: Ctx, statements: readonly AgreedStatement[]): Content[] {
	if (statements.length === 0) return [];
	const { t } = ctx;
	return [
		{ text: t('report.findings.agreed_title'), style: 'h3', margin: [0, 0, 0, 1] },
		...statements.map((a): Content => ({
			margin: [0, 0, 0, 3],
			fillColor: COLORS.primaryLight,
			stack: [
				{ text: a.statement, fontSize: 8.8, color: COLORS.muted },
				{
					text: [
						{
							text: t('report.findings.agreed', { level: ctx.num(a.level) }),
							bold: true,
							color: COLORS.primaryDark
						},
						' — ',
						a.low === null || a.high === null
							? t('report.findings.spread_none')
							: t('report.findings.spread', {
									low: ctx.num(a.low),
									high: ctx.num(a.high),
									mean: ctx.mean(a.mean),
									sd: ctx.mean(a.sd),
									n: ctx.num(a.n)
								}),
						...(a.rationale ? [` ${t('report.findings.rationale', { text: a.rationale })}`] : [])
					],
					fontSize: 9
				}
			]
		}))
	];
}

/** "The register disagrees": the level given and the register's figure, under the statement. */
function registerDisagrees(ctx: Ctx, rows: readonly RegisterDisagreement[]): Content[] {
	if (rows.length === 0) return [];
	return [
		{ text: ctx.t('results.register_disagrees.flag'), style: 'h3', margin: [0, 0, 0, 1] },
		...rows.map((r): Content => ({
			margin: [0, 0, 0, 3],
			stack: [
				{ text: r.statement, fontSize: 8.8, color: COLORS.muted },
				{
					text: [{ text: r.claim, bold: true, color: COLORS.high }, ' — ', r.figures.join(' · ')],
					fontSize: 9
				}
			]
		}))
	];
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
