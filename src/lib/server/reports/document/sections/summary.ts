// Executive summary, the readiness index with its band, and the blockers.
import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import { columns, table } from '../content';
import { gaugeChart } from '../charts';
import { COLORS } from '../theme';
import { dataTable, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';
import { plainLayout } from './styles';

/** Four key figures in tinted boxes. */
function keyFigures(ctx: Ctx): Content {
	const { data, t } = ctx;
	const box = (label: string, value: string, color: string = COLORS.primary): TableCell => ({
		stack: [
			{ text: label, style: 'small' },
			{ text: value, fontSize: 15, bold: true, color, margin: [0, 2, 0, 0] }
		],
		fillColor: COLORS.primaryLight,
		margin: [10, 8, 10, 8]
	});
	return table(ctx.locale, {
		widths: ['*', '*', '*', '*'],
		body: [
			[
				box(t('report.readiness.index'), ctx.num(data.readiness.index)),
				box(t('report.readiness.band'), data.readiness.band, COLORS.accent),
				box(t('report.readiness.confidence'), ctx.pct(data.readiness.confidence)),
				box(t('report.cover.respondents'), ctx.num(data.respondents))
			]
		],
		layout: { ...plainLayout, paddingLeft: () => 0, paddingRight: () => 6 },
		margin: [0, 0, 0, 14]
	});
}

export function summary(ctx: Ctx): Content[] {
	return [
		...sectionHeading(ctx, 'summary'),
		keyFigures(ctx),
		...ctx.data.summary.map((p): Content => ({ text: p, style: 'body' }))
	];
}

export function readiness(ctx: Ctx): Content[] {
	const { data, t } = ctx;
	const r = data.readiness;
	const gauge: Column = {
		width: 190,
		stack: [
			{ svg: gaugeChart(r.index, r.bandStarts, 180), width: 180, alignment: 'center' },
			{ text: ctx.num(r.index), style: 'figure', alignment: 'center', margin: [0, 2, 0, 0] },
			{ text: t('report.readiness.out_of', { max: 100 }), style: 'small', alignment: 'center' }
		]
	};
	const lensRows: TableCell[][] = data.lenses.map((l) => [
		{ text: l.label, style: 'td' },
		{ text: ctx.num(l.score), style: 'td', bold: true, alignment: 'center' }
	]);
	const band: Column = {
		width: '*',
		stack: [
			{ text: t('report.readiness.band'), style: 'small' },
			{ text: r.band, fontSize: 17, bold: true, color: COLORS.accent, margin: [0, 2, 0, 4] },
			{ text: r.bandSummary, style: 'body', margin: [0, 0, 0, 4] },
			{
				text: t('report.readiness.confidence_note', { value: ctx.pct(r.confidence) }),
				style: 'small',
				margin: [0, 0, 0, 10]
			},
			dataTable(ctx, [t('report.readiness.lens'), t('report.readiness.score')], lensRows, ['*', 60])
		]
	};
	return [
		...sectionHeading(ctx, 'readiness', { pageBreak: false }),
		columns(ctx.locale, [band, gauge], { columnGap: 24, unbreakable: true })
	];
}

export function blockers(ctx: Ctx): Content[] {
	return [
		...sectionHeading(ctx, 'blockers'),
		...ctx.data.blockers.flatMap((b, i): Content[] => [
			subheading(`${ctx.num(i + 1)}. ${b.title}`),
			{ text: b.detail, style: 'body' }
		])
	];
}
