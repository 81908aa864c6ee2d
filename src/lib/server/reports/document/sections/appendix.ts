// The appendix: answers by statement (distribution over levels 0–4, "don't know", mean, n),
// the "not applicable" answers with their reasons, the participants' comments, and the
// respondents by role. Names appear only for sessions that are not anonymous, whatever the data
// carries (and a "not applicable" answer never carries one).
import type { Content, TableCell } from 'pdfmake/interfaces';
import { table } from '../content';
import { ROLE_LAYERS, type StatementAnswers } from '../data';
import { COLORS } from '../theme';
import { dataTable, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';
import { tableLayout } from './styles';

// Darker for higher levels: the eye finds where the answers pile up.
const LEVEL_TINTS = ['#f7e2df', '#fbefe2', '#f4f1e4', '#e3efef', '#cfe3e3'] as const;

function answers(ctx: Ctx): Content {
	const { t } = ctx;
	const th = (text: string, extra: object = {}): TableCell => ({ text, style: 'th', ...extra });
	const centred = { alignment: 'center' } as const;
	const header1: TableCell[] = [
		th(t('report.appendix.statement'), { rowSpan: 2 }),
		th(t('report.appendix.levels'), { colSpan: 5, ...centred }),
		{},
		{},
		{},
		{},
		th(t('report.appendix.dont_know'), { rowSpan: 2, ...centred }),
		th(t('report.appendix.mean'), { rowSpan: 2, ...centred }),
		th(t('report.appendix.n'), { rowSpan: 2, ...centred })
	];
	const header2: TableCell[] = [
		{},
		...[0, 1, 2, 3, 4].map((level) => th(ctx.num(level), centred)),
		{},
		{},
		{}
	];
	// The item is named above its first statement (a row of its own could be left alone at the
	// foot of a page).
	const statementRow = (s: StatementAnswers, first: boolean): TableCell[] => [
		{
			stack: [
				...(first ? [{ text: s.item, style: 'small', bold: true, color: COLORS.primary }] : []),
				{ text: s.statement, style: 'td' }
			]
		},
		...s.distribution.map((count, level): TableCell => ({
			text: ctx.num(count),
			style: 'td',
			...centred,
			fillColor: count > 0 ? LEVEL_TINTS[level] : undefined
		})),
		{ text: ctx.num(s.dontKnow), style: 'tdMuted', ...centred },
		{ text: ctx.mean(s.mean), style: 'td', bold: true, ...centred },
		{ text: ctx.num(s.n), style: 'tdMuted', ...centred }
	];
	const statements = ctx.data.appendix.statements;
	const rows = statements.map((s, i) => statementRow(s, statements[i - 1]?.item !== s.item));
	return table(ctx.locale, {
		body: [header1, header2, ...rows],
		widths: ['*', 17, 17, 17, 17, 17, 38, 34, 24],
		headerRows: 2,
		dontBreakRows: true,
		layout: tableLayout,
		margin: [0, 0, 0, 10]
	});
}

function notApplicable(ctx: Ctx): Content[] {
	const { t } = ctx;
	const rows = ctx.data.appendix.notApplicable;
	if (rows.length === 0) return [{ text: t('report.appendix.na_none'), style: 'body' }];
	return [
		dataTable(
			ctx,
			[
				t('report.appendix.statement'),
				t('report.appendix.reason'),
				t('report.appendix.note'),
				t('report.appendix.role')
			],
			rows.map((n, i): TableCell[] => [
				{
					stack: [
						...(rows[i - 1]?.item !== n.item
							? [{ text: n.item, style: 'small', bold: true, color: COLORS.primary }]
							: []),
						{ text: n.statement, style: 'td' }
					]
				},
				{ text: t(`report.appendix.na_reason.${n.reason}`), style: 'td' },
				{ text: n.note ?? '–', style: 'tdMuted' },
				{ text: t(`report.role.${n.role}`), style: 'tdMuted' }
			]),
			['*', 90, 120, 60]
		)
	];
}

function comments(ctx: Ctx): Content[] {
	const { t, data } = ctx;
	return data.appendix.comments.map((c): Content => {
		const role = t(`report.role.${c.role}`);
		const by = !data.anonymous && c.name ? t('report.appendix.by', { role, name: c.name }) : role;
		return {
			unbreakable: true,
			margin: [0, 0, 0, 8],
			stack: [
				{ text: c.item, style: 'small', bold: true, color: COLORS.primary },
				{ text: t('report.appendix.quote', { text: c.text }), fontSize: 9.5, margin: [0, 1, 0, 1] },
				{ text: `— ${by}`, style: 'small' }
			]
		};
	});
}

function roles(ctx: Ctx): Content[] {
	const { t, data } = ctx;
	const byRole = ROLE_LAYERS.map((role) => ({
		role,
		count: data.appendix.roles.find((r) => r.role === role)?.count ?? 0,
		names: data.appendix.roles.find((r) => r.role === role)?.names ?? []
	})).filter((r) => r.count > 0);
	const header = [t('report.appendix.role'), t('report.appendix.count')];
	if (data.anonymous) {
		return [
			dataTable(
				ctx,
				header,
				byRole.map((r): TableCell[] => [
					{ text: t(`report.role.${r.role}`), style: 'td' },
					{ text: ctx.num(r.count), style: 'td', alignment: 'center' }
				]),
				['*', 80]
			),
			{ text: t('report.appendix.anonymous'), style: 'small' }
		];
	}
	return [
		dataTable(
			ctx,
			[...header, t('report.appendix.names')],
			byRole.map((r): TableCell[] => [
				{ text: t(`report.role.${r.role}`), style: 'td' },
				{ text: ctx.num(r.count), style: 'td', alignment: 'center' },
				{ text: r.names.join(ctx.rtl ? '، ' : ', '), style: 'td' }
			]),
			[100, 50, '*']
		)
	];
}

export function appendix(ctx: Ctx): Content[] {
	const { t } = ctx;
	return [
		...sectionHeading(ctx, 'appendix', { intro: false }),
		subheading(t('report.sections.answers')),
		{ text: t('report.intro.answers'), style: 'intro' },
		answers(ctx),
		subheading(t('report.sections.not_applicable')),
		{ text: t('report.intro.not_applicable'), style: 'intro' },
		...notApplicable(ctx),
		subheading(t('report.sections.comments'), { pageBreak: true }),
		{ text: t('report.intro.comments'), style: 'intro' },
		...comments(ctx),
		{
			unbreakable: true,
			stack: [
				subheading(t('report.sections.roles')),
				{ text: t('report.intro.roles'), style: 'intro' },
				...roles(ctx)
			]
		}
	];
}
