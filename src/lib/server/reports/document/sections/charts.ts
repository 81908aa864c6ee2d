// The two score charts: the radar of the eight building blocks and the bars of the ten points,
// each with its targets (a dashed outline, a tick per bar) and a legend table that carries the
// labels, scores, targets and gaps (never drawn inside the SVG).
import type { Content, TableCell } from 'pdfmake/interfaces';
import { columns } from '../content';
import { barsChart, radarChart } from '../charts';
import type { Scored } from '../data';
import { COLORS, CONTENT_WIDTH } from '../theme';
import { dataTable, sectionHeading } from './blocks';
import type { Ctx } from './context';

/** Scores at or above this value count as "ready" (the start of the ready band). */
const READY = 70;
const WEAK = 40;

const scoreColor = (score: number) =>
	score < WEAK ? COLORS.high : score < READY ? COLORS.accent : COLORS.primary;

function legend(ctx: Ctx, labelHeader: string, items: readonly Scored[]): Content {
	const rows: TableCell[][] = items.map((item, i) => [
		{
			text: ctx.num(i + 1),
			style: 'td',
			bold: true,
			color: COLORS.primaryDark,
			alignment: 'center'
		},
		{ text: item.label, style: 'td' },
		{
			text: ctx.num(item.score),
			style: 'td',
			bold: true,
			color: scoreColor(item.score),
			alignment: 'center'
		},
		{ text: ctx.num(item.target), style: 'td', alignment: 'center' },
		{
			text: item.gap === null ? '–' : ctx.num(item.gap),
			style: 'td',
			color: COLORS.accent,
			alignment: 'center'
		}
	]);
	return dataTable(
		ctx,
		[
			ctx.t('report.legend.key'),
			labelHeader,
			ctx.t('report.legend.score'),
			ctx.t('report.legend.target'),
			ctx.t('report.legend.gap')
		],
		rows,
		[24, '*', 34, 34, 30]
	);
}

export function blocksChart(ctx: Ctx): Content[] {
	const blocks = ctx.data.blocks;
	return [
		// A page of its own: after the blockers and the largest gaps the radar no longer fits.
		...sectionHeading(ctx, 'blocks'),
		columns(
			ctx.locale,
			[
				{
					svg: radarChart(
						ctx.locale,
						blocks.map((b) => b.score),
						{ size: 230, targets: blocks.map((b) => b.target) }
					),
					width: 230
				},
				{
					width: '*',
					stack: [
						legend(ctx, ctx.t('report.legend.block'), blocks),
						{ text: ctx.t('report.legend.radar_note'), style: 'small' }
					],
					margin: [0, 14, 0, 0]
				}
			],
			{ columnGap: 16, unbreakable: true }
		)
	];
}

export function pointsChart(ctx: Ctx): Content[] {
	const points = ctx.data.points;
	const svg = barsChart(
		ctx.locale,
		points.map((p) => p.score),
		{
			width: CONTENT_WIDTH,
			row: 24,
			threshold: READY,
			colorOf: (v) => scoreColor(v),
			targets: points.map((p) => p.target)
		}
	);
	return [
		...sectionHeading(ctx, 'points'),
		{ svg, width: CONTENT_WIDTH, margin: [0, 0, 0, 4] },
		{
			text: `${ctx.t('report.legend.bars_note')} ${ctx.t('report.legend.threshold', { value: READY })}`,
			style: 'small',
			margin: [0, 0, 0, 12]
		},
		legend(ctx, ctx.t('report.legend.point'), points)
	];
}
