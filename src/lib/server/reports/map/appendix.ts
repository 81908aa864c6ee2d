// The roadmap's appendix: answers by statement, comments and respondents by role layer. For an
// anonymous assessment no name is ever included, and a role layer of fewer than three people
// is counted (and its comments attributed) under "other" — with the smallest other layers
// when "other" would still be too small (safeRoles) — so nobody can be singled out.
import { safeRoles, shownRoleOf } from '$lib/assessments/anonymity';
import type { NotApplicableRow, RoadmapData, StatementAnswers } from '../document/data';
import { ROLE_LAYERS, type RoleLayer } from '$lib/scoring';
import { itemTitle, type Ctx } from './input';

export function appendix(ctx: Ctx): RoadmapData['appendix'] {
	const { input } = ctx;
	const pooled = shownRoleOf(safeRoles(input.people.map((p) => p.role)));
	const shown = (role: RoleLayer): RoleLayer => (input.assessment.anonymous ? pooled(role) : role);

	const statements: StatementAnswers[] = [...ctx.items.values()].flatMap(({ item, result }) =>
		result.statements
			.filter((s) => s.known + s.dontKnow > 0)
			.map((s) => ({
				item: item.title[ctx.locale],
				statement: item.statements.find((q) => q.id === s.id)?.text[ctx.locale] ?? s.id,
				distribution: s.distribution,
				dontKnow: s.dontKnow,
				mean: s.mean,
				n: s.known
			}))
	);
	const comments = input.comments.map((c) => ({
		item: itemTitle(ctx, c.item),
		text: c.body,
		role: shown(c.role),
		...(input.assessment.anonymous || !c.name ? {} : { name: c.name })
	}));
	const roles = ROLE_LAYERS.map((role) => {
		const people = input.people.filter((p) => shown(p.role) === role);
		const names = people.flatMap((p) => (p.name ? [p.name] : []));
		return {
			role,
			count: people.length,
			...(input.assessment.anonymous ? {} : { names })
		};
	}).filter((r) => r.count > 0);
	return { statements, comments, roles, notApplicable: notApplicable(ctx, shown) };
}

/** In questionnaire order (the order of the report's items and their statements). */
function notApplicable(ctx: Ctx, shown: (role: RoleLayer) => RoleLayer): NotApplicableRow[] {
	const order = new Map<string, number>();
	for (const { item } of ctx.items.values())
		for (const s of item.statements) order.set(`${item.id}/${s.id}`, order.size);
	const position = (n: { item: string; statement: string }) =>
		order.get(`${n.item}/${n.statement}`) ?? Number.MAX_SAFE_INTEGER;
	return ctx.input.notApplicable
		.filter((n) => ctx.items.has(n.item))
		.map((n) => ({ ...n, role: shown(n.role) }))
		.sort(
			(a, b) =>
				position(a) - position(b) ||
				(a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0) ||
				(a.note ?? '').localeCompare(b.note ?? '') ||
				(a.role < b.role ? -1 : a.role > b.role ? 1 : 0)
		)
		.map((n) => {
			const item = ctx.items.get(n.item)?.item;
			const note = n.note?.trim();
			return {
				item: itemTitle(ctx, n.item),
				statement:
					item?.statements.find((q) => q.id === n.statement)?.text[ctx.locale] ?? n.statement,
				reason: n.reason,
				...(note ? { note } : {}),
				role: n.role
			};
		});
}
