// The change-management plan in its five elements (DOMAIN 001): why each matters here, then its
// actions with owner and due date.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { COLORS } from '../theme';
import { dataTable, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';

export function changePlan(ctx: Ctx): Content[] {
	const { t } = ctx;
	const header = [t('report.change.action'), t('report.change.owner'), t('report.change.due')];
	return [
		...sectionHeading(ctx, 'change'),
		...ctx.data.changePlan.map((element, i): Content => ({
			unbreakable: true,
			stack: [
				subheading(`${ctx.num(i + 1)}. ${t(`report.change.element.${element.element}`)}`),
				{
					text: [
						{ text: `${t('report.change.why')}: `, bold: true, color: COLORS.accent },
						{ text: element.why }
					],
					style: 'body',
					margin: [0, 0, 0, 6]
				},
				dataTable(
					ctx,
					header,
					element.actions.map((a): TableCell[] => [
						{ text: a.action, style: 'td' },
						{ text: a.owner, style: 'td' },
						{ text: ctx.date(a.due), style: 'td', noWrap: true }
					]),
					['*', 90, 56]
				)
			]
		}))
	];
}
