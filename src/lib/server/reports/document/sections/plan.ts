// The plan as a timeline: the three phases on a month scale, then each phase's actions in
// priority order with owner, due date and status.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { timelineChart } from '../charts';
import { PHASES, type ActionStatus, type Phase } from '../data';
import { COLORS, CONTENT_WIDTH } from '../theme';
import { chipCell, dataTable, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';

const PHASE_MONTHS: Record<Phase, [number, number]> = {
	first_90_days: [0, 3],
	months_3_6: [3, 6],
	months_6_12: [6, 12]
};
const PHASE_COLORS: Record<Phase, string> = {
	first_90_days: COLORS.primary,
	months_3_6: COLORS.accent,
	months_6_12: COLORS.primaryMid
};
const STATUS_COLORS: Record<ActionStatus, [string, string]> = {
	not_started: [COLORS.muted, COLORS.zebra],
	in_progress: [COLORS.accent, COLORS.accentLight],
	done: [COLORS.low, COLORS.lowLight],
	blocked: [COLORS.high, COLORS.highLight]
};

export function plan(ctx: Ctx): Content[] {
	const { t, data } = ctx;
	const inPhase = (phase: Phase) => data.plan.filter((a) => a.phase === phase);
	const timeline = timelineChart(
		ctx.locale,
		PHASES.map((phase) => ({
			from: PHASE_MONTHS[phase][0],
			to: PHASE_MONTHS[phase][1],
			actions: inPhase(phase).length,
			color: PHASE_COLORS[phase]
		})),
		CONTENT_WIDTH
	);
	const header = [
		t('report.plan.action'),
		t('report.plan.source'),
		t('report.plan.owner'),
		t('report.plan.due'),
		t('report.plan.status')
	];
	return [
		...sectionHeading(ctx, 'plan'),
		{ svg: timeline, width: CONTENT_WIDTH },
		{ text: t('report.plan.timeline_note'), style: 'small', margin: [0, 2, 0, 6] },
		...PHASES.flatMap((phase, i): Content[] => {
			const actions = inPhase(phase);
			const rows = actions.map((a): TableCell[] => [
				{
					stack: [
						{ text: a.action, style: 'td' },
						...(a.quickWin
							? [{ text: t('report.plan.quick_win'), style: 'chip', color: COLORS.accent }]
							: [])
					]
				},
				{ text: a.source, style: 'tdMuted' },
				{ text: a.owner, style: 'td' },
				{ text: ctx.date(a.due), style: 'td', noWrap: true },
				chipCell(t(`report.status.${a.status}`), ...STATUS_COLORS[a.status])
			]);
			return [
				subheading(`${ctx.num(i + 1)}. ${t(`report.phase.${phase}`)} (${ctx.num(actions.length)})`),
				dataTable(ctx, header, rows, ['*', 80, 72, 52, 56])
			];
		})
	];
}
