// The cover: a teal band with the title and the organisation, the assessment's particulars, and
// the readiness index as the one number to remember.
import type { Content, DynamicBackground, TableCell } from 'pdfmake/interfaces';
import { table } from '../content';
import { COLORS, PAGE } from '../theme';
import type { Ctx } from './context';
import { plainLayout } from './styles';

const BAND_HEIGHT = 300;

export function coverBackground(): DynamicBackground {
	return (page, size) =>
		page === 1
			? {
					canvas: [
						{ type: 'rect', x: 0, y: 0, w: size.width, h: BAND_HEIGHT, color: COLORS.primary },
						{ type: 'rect', x: 0, y: BAND_HEIGHT, w: size.width, h: 6, color: COLORS.accent }
					]
				}
			: null;
}

export function cover(ctx: Ctx): Content[] {
	const { data, t } = ctx;
	const session = t(data.anonymous ? 'report.cover.anonymous' : 'report.cover.named');
	const row = (label: string, value: string): TableCell[] => [
		{ text: label, style: 'small', margin: [0, 3, 0, 3] },
		{ text: value, fontSize: 11, margin: [0, 2, 0, 2] }
	];
	return [
		{
			text: t('report.title'),
			fontSize: 26,
			bold: true,
			color: COLORS.white,
			margin: [0, 40, 0, 6]
		},
		{ text: t('report.subtitle'), fontSize: 12, color: COLORS.primaryLight, margin: [0, 0, 0, 40] },
		{ text: data.organisation, fontSize: 20, bold: true, color: COLORS.white },
		{
			text: data.assessment,
			fontSize: 11.5,
			color: COLORS.primaryLight,
			margin: [0, 4, 0, BAND_HEIGHT - PAGE.top - 190]
		},
		table(ctx.locale, {
			widths: [110, '*'],
			body: [
				row(t('report.cover.date'), ctx.longDate(data.date)),
				row(t('report.cover.facilitator'), data.facilitator),
				row(t('report.cover.respondents'), `${ctx.num(data.respondents)} · ${session}`),
				...(data.stage ? [row(t('report.cover.stage'), data.stage)] : [])
			],
			layout: plainLayout,
			margin: [0, 0, 0, 36]
		}),
		table(ctx.locale, {
			widths: [150, '*'],
			body: [
				[
					{
						stack: [
							{ text: t('report.cover.index'), style: 'small', color: COLORS.primaryDark },
							{ text: ctx.num(data.readiness.index), style: 'figure', margin: [0, 2, 0, 0] },
							{
								text: t('report.readiness.figure', {
									label: t('report.readiness.target'),
									value: ctx.num(data.readiness.target)
								}),
								style: 'small',
								bold: true,
								color: COLORS.primaryDark
							}
						],
						fillColor: COLORS.primaryLight,
						margin: [12, 10, 12, 10]
					},
					{
						stack: [
							{ text: data.readiness.band, fontSize: 15, bold: true, color: COLORS.accent },
							{ text: data.readiness.bandSummary, fontSize: 10, margin: [0, 4, 0, 0] }
						],
						margin: [14, 10, 10, 10]
					}
				]
			],
			layout: plainLayout
		}),
		{ text: t('report.cover.confidential'), style: 'small', margin: [0, 60, 0, 0] }
	];
}
