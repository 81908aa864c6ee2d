// Executive summary, the readiness index with its band, target, gap to target and projected
// index, and what holds the result back: the blockers and the largest weighted gaps.
import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import { columns, table } from '../content';
import { gaugeChart } from '../charts';
import { COLORS } from '../theme';
import { dataTable, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';
import { plainLayout } from './styles';

/** Which view the scores are in, in a sentence. */
export function viewNote(ctx: Ctx): string {
	const r = ctx.data.readiness;
	if (r.view === 'crowd') return ctx.t('report.readiness.view_crowd', { count: r.agreed });
	return r.agreed > 0
		? ctx.t('report.readiness.view_agreed', { count: r.agreed })
		: ctx.t('report.readiness.view_agreed_none');
}

const orDash = (ctx: Ctx, n: number | null, fallback = '–') => (n === null ? fallback : ctx.num(n));

/** Eight key figures in tinted boxes: today's, and against the target and the plan. */
function keyFigures(ctx: Ctx): Content {
	const { data, t } = ctx;
	const r = data.readiness;
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
			],
			[
				box(t('report.readiness.target'), ctx.num(r.target)),
				box(t('report.readiness.gap'), orDash(ctx, r.gap), COLORS.accent),
				box(t('report.readiness.projected'), orDash(ctx, r.projected)),
				box(
					t('report.readiness.view'),
					t(`report.readiness.view_${r.view}_short`),
					COLORS.primaryDark
				)
			]
		],
		layout: {
			...plainLayout,
			paddingLeft: () => 0,
			paddingRight: () => 6,
			paddingBottom: () => 6
		},
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
			{ text: t('report.readiness.out_of', { max: 100 }), style: 'small', alignment: 'center' },
			// Beside the index, one figure a line: "Target: 75", "Gap to target: 22", …
			...(
				[
					['target', ctx.num(r.target)],
					['gap', orDash(ctx, r.gap)],
					['projected', orDash(ctx, r.projected, t('report.readiness.no_plan'))]
				] as const
			).map(([key, value], i): Content => ({
				text: t('report.readiness.figure', { label: t(`report.readiness.${key}`), value }),
				fontSize: 10,
				bold: true,
				color: key === 'gap' ? COLORS.accent : COLORS.primaryDark,
				alignment: 'center',
				margin: [0, i === 0 ? 6 : 1, 0, 0]
			}))
		]
	};
	const lensRows: TableCell[][] = data.lenses.map((l) => [
		{ text: l.label, style: 'td' },
		{ text: ctx.num(l.score), style: 'td', bold: true, alignment: 'center' },
		{ text: ctx.num(l.target), style: 'td', alignment: 'center' },
		{ text: orDash(ctx, l.gap), style: 'td', color: COLORS.accent, alignment: 'center' },
		{ text: orDash(ctx, l.projected ?? null), style: 'td', alignment: 'center' }
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
				margin: [0, 0, 0, 2]
			},
			{ text: viewNote(ctx), style: 'small', margin: [0, 0, 0, 10] },
			dataTable(
				ctx,
				[
					t('report.readiness.lens'),
					t('report.readiness.score'),
					t('report.legend.target'),
					t('report.legend.gap'),
					t('report.legend.projected')
				],
				lensRows,
				['*', 34, 34, 30, 50]
			),
			{
				text: [t('report.readiness.gap_note'), t('report.readiness.projected_note')].join(' '),
				style: 'small'
			}
		]
	};
	return [
		// A page of its own: with the targets beside the index it no longer fits under the summary.
		...sectionHeading(ctx, 'readiness'),
		columns(ctx.locale, [band, gauge], { columnGap: 24, unbreakable: true })
	];
}

export function blockers(ctx: Ctx): Content[] {
	return [
		...sectionHeading(ctx, 'blockers'),
		...ctx.data.blockers.flatMap((b, i): Content[] => [
			subheading(`${ctx.num(i + 1)}. ${b.title}`),
			{ text: b.detail, style: 'body' }
		]),
		...shortfalls(ctx)
	];
}

/** The largest weighted gaps to target, beside the blockers. */
function shortfalls(ctx: Ctx): Content[] {
	const { t } = ctx;
	const rows: TableCell[][] = ctx.data.shortfalls.map((f) => [
		{ text: f.item, style: 'td' },
		{ text: f.lens, style: 'tdMuted' },
		{ text: ctx.mean(f.level), style: 'td', alignment: 'center' },
		{ text: ctx.num(f.target), style: 'td', alignment: 'center' },
		{ text: ctx.mean(f.weightedGap), style: 'td', bold: true, alignment: 'center' }
	]);
	return [
		{
			unbreakable: true,
			stack: [
				subheading(t('report.sections.shortfalls')),
				{ text: t('report.intro.shortfalls'), style: 'intro' },
				rows.length > 0
					? dataTable(
							ctx,
							['item', 'lens', 'level', 'target', 'points'].map((k) => t(`report.shortfalls.${k}`)),
							rows,
							['*', 110, 36, 36, 50]
						)
					: { text: t('report.shortfalls.none'), style: 'body' }
			]
		}
	];
}
