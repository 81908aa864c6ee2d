// The goals plan: one row per goal with its indicator and how it is measured, the baseline,
// the target, the owner and the date.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { dataTable, sectionHeading } from './blocks';
import type { Ctx } from './context';

export function goals(ctx: Ctx): Content[] {
	const { t } = ctx;
	const header = ['goal', 'kpi', 'baseline', 'target', 'owner', 'date'].map((k) =>
		t(`report.goals.${k}`)
	);
	// The measurement method sits under its indicator: one wide column reads better than two.
	const rows = ctx.data.goals.map((g): TableCell[] => [
		{ text: g.goal, style: 'td', bold: true },
		{
			stack: [
				{ text: g.kpi, style: 'td' },
				{
					text: [{ text: `${t('report.goals.measurement')}: `, bold: true }, g.measurement],
					style: 'tdMuted',
					margin: [0, 2, 0, 0]
				}
			]
		},
		{ text: g.baseline, style: 'td' },
		{ text: g.target, style: 'td' },
		{ text: g.owner, style: 'td' },
		{ text: ctx.date(g.date), style: 'td', noWrap: true }
	]);
	return [...sectionHeading(ctx, 'goals'), dataTable(ctx, header, rows, [70, '*', 62, 62, 60, 50])];
}
