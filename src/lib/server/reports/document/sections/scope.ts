// The scope guard: the six scope dimensions and the three project levers, each with a status.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ScopeDimension, ScopeRow, ScopeStatus } from '../data';
import { COLORS } from '../theme';
import { chipCell, dataTable, sectionHeading, subheading } from './blocks';
import type { Ctx } from './context';

const LEVERS: readonly ScopeDimension[] = ['time', 'cost', 'quality'];
const STATUS_COLORS: Record<ScopeStatus, [string, string]> = {
	on_track: [COLORS.low, COLORS.lowLight],
	watch: [COLORS.accent, COLORS.accentLight],
	at_risk: [COLORS.high, COLORS.highLight]
};

function scopeTable(ctx: Ctx, rows: readonly ScopeRow[]): Content {
	const { t } = ctx;
	return dataTable(
		ctx,
		[t('report.scope.dimension'), t('report.scope.status'), t('report.scope.note')],
		rows.map((r): TableCell[] => [
			{ text: t(`report.scope.item.${r.dimension}`), style: 'td', bold: true },
			chipCell(t(`report.scope.state.${r.status}`), ...STATUS_COLORS[r.status]),
			{ text: r.note, style: 'td' }
		]),
		[120, 70, '*']
	);
}

export function scope(ctx: Ctx): Content[] {
	const rows = ctx.data.scope;
	return [
		...sectionHeading(ctx, 'scope'),
		subheading(ctx.t('report.scope.dimensions')),
		scopeTable(
			ctx,
			rows.filter((r) => !LEVERS.includes(r.dimension))
		),
		subheading(ctx.t('report.scope.levers')),
		scopeTable(
			ctx,
			rows.filter((r) => LEVERS.includes(r.dimension))
		)
	];
}
