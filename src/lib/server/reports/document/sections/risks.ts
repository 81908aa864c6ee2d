// The failure-risk matrix: the five causes against the three levels. Each cause gets a disc in
// the column of its level, sized by its exposure, so the grid reads like a heat map; the
// exposure is also written out with a small gauge. Prevention follows cause by cause.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { table } from '../content';
import { exposureBar, riskMarker } from '../charts';
import type { RiskLevel } from '../data';
import { COLORS, RISK_COLORS } from '../theme';
import { bullets, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';
import { tableLayout } from './styles';

const LEVELS: readonly RiskLevel[] = ['high', 'medium', 'low'];

function matrix(ctx: Ctx): Content {
	const { t } = ctx;
	const header: TableCell[] = [
		{ text: ctx.t('report.legend.key'), style: 'th', alignment: 'center' },
		{ text: t('report.risks.cause'), style: 'th' },
		...LEVELS.map((level): TableCell => ({
			text: t(`report.risk_level.${level}`),
			style: 'th',
			alignment: 'center',
			fillColor: RISK_COLORS[level].strong
		})),
		{ text: t('report.risks.exposure'), style: 'th', alignment: 'center' }
	];
	const rows = ctx.data.risks.map((risk, i): TableCell[] => [
		{ text: ctx.num(i + 1), style: 'td', bold: true, alignment: 'center', margin: [0, 6, 0, 0] },
		{ text: risk.cause, style: 'td', bold: true, margin: [0, 6, 0, 0] },
		...LEVELS.map((level): TableCell =>
			level === risk.level
				? {
						svg: riskMarker(level, risk.exposure, 24),
						width: 24,
						alignment: 'center',
						fillColor: RISK_COLORS[level].light
					}
				: { text: '', fillColor: RISK_COLORS[level].light }
		),
		{
			stack: [
				{ text: ctx.num(risk.exposure), style: 'td', bold: true, alignment: 'center' },
				{ svg: exposureBar(risk.level, risk.exposure, ctx.rtl, 60), width: 60, alignment: 'center' }
			]
		}
	]);
	return table(ctx.locale, {
		body: [header, ...rows],
		widths: [28, '*', 58, 58, 58, 74],
		headerRows: 1,
		dontBreakRows: true,
		layout: { ...tableLayout, fillColor: (row) => (row === 0 ? COLORS.primary : null) },
		margin: [0, 0, 0, 4]
	});
}

export function risks(ctx: Ctx): Content[] {
	const { t } = ctx;
	return [
		...sectionHeading(ctx, 'risks'),
		matrix(ctx),
		{ text: t('report.risks.matrix_note'), style: 'small', margin: [0, 0, 0, 10] },
		...ctx.data.risks.map((risk, i): Content => ({
			unbreakable: true,
			stack: [
				subheading(`${ctx.num(i + 1)}. ${risk.cause} (${t(`report.risk_level.${risk.level}`)})`),
				{ text: risk.reason, style: 'body', margin: [0, 0, 0, 4] },
				{ text: t('report.risks.prevention'), style: 'h3', margin: [0, 0, 0, 2] },
				bullets(ctx, risk.prevention, RISK_COLORS[risk.level].strong)
			]
		}))
	];
}
