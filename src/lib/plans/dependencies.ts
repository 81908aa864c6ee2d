// Dependencies between actions ("data cleansing before migration"): an action is never phased
// before an action it depends on. Pure: the generator, the editor's checks and the views use it.
import { PHASES, type Phase } from './types';

export interface Node {
	id: string;
	phase: Phase;
	/** Ids of the actions that must be done first; ids not in the list are ignored. */
	after: readonly string[];
}

const rankOf = (phase: Phase) => PHASES.indexOf(phase);

/**
 * A cycle through the dependencies, as the ids along it (first id repeated at the end), or null.
 * Depth-first with colours: linear in actions + dependencies.
 */
export function findCycle(nodes: readonly Pick<Node, 'id' | 'after'>[]): string[] | null {
	const edges = new Map(nodes.map((n) => [n.id, n.after]));
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (id: string): string[] | null => {
		state.set(id, 'open');
		path.push(id);
		for (const next of edges.get(id) ?? []) {
			if (!edges.has(next)) continue;
			const s = state.get(next);
			if (s === 'open') return [...path.slice(path.indexOf(next)), next];
			if (s === undefined) {
				const found = visit(next);
				if (found) return found;
			}
		}
		path.pop();
		state.set(id, 'done');
		return null;
	};
	for (const n of nodes)
		if (!state.has(n.id)) {
			const found = visit(n.id);
			if (found) return found;
		}
	return null;
}

/**
 * The phase each action can take: its own, or the latest phase of what it depends on when that
 * is later. Throws on a cycle (callers refuse cycles before they are stored).
 */
export function schedule(nodes: readonly Node[]): Map<string, Phase> {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const out = new Map<string, Phase>();
	const open = new Set<string>();
	const phaseOf = (id: string): Phase => {
		const known = out.get(id);
		if (known) return known;
		const node = byId.get(id) as Node;
		if (open.has(id)) throw new RangeError(`dependency cycle through ${id}`);
		open.add(id);
		let phase = node.phase;
		for (const dep of node.after)
			if (byId.has(dep)) {
				const p = phaseOf(dep);
				if (rankOf(p) > rankOf(phase)) phase = p;
			}
		open.delete(id);
		out.set(id, phase);
		return phase;
	};
	for (const n of nodes) phaseOf(n.id);
	return out;
}

/**
 * A stable topological order: each action after the ones it depends on, otherwise in the given
 * order (so ranking within a phase survives wherever no dependency says otherwise).
 */
export function dependencyOrder<T>(
	list: readonly T[],
	idOf: (item: T) => string,
	afterOf: (item: T) => readonly string[]
): T[] {
	const ids = new Set(list.map(idOf));
	const placed = new Set<string>();
	const out: T[] = [];
	const pending = [...list];
	while (pending.length > 0) {
		const i = pending.findIndex((n) =>
			afterOf(n).every((d) => d === idOf(n) || !ids.has(d) || placed.has(d))
		);
		// A cycle cannot be ordered: keep the rest as given rather than loop.
		const [next] = pending.splice(i === -1 ? 0 : i, 1) as [T];
		placed.add(idOf(next));
		out.push(next);
	}
	return out;
}

/** What the plan's stored rows need: their ids, keys, phases and dependencies. */
export interface DependencyRow {
	id: string;
	key: string | null;
	phase: Phase | null;
	dependsOn: readonly string[] | null;
	suggested: { phase: Phase; after?: readonly string[] } | null;
	removed?: boolean;
}

/**
 * Each visible row's dependencies as row ids: what a person set, else the recommendation's
 * (its keys matched to this plan's rows). A dependency on a removed or missing row is dropped.
 */
export function rowDependencies(rows: readonly DependencyRow[]): Map<string, string[]> {
	const visible = rows.filter((r) => !r.removed);
	const ids = new Set(visible.map((r) => r.id));
	const byKey = new Map(visible.flatMap((r) => (r.key ? [[r.key, r.id] as const] : [])));
	return new Map(
		visible.map((r) => {
			const raw = r.dependsOn ?? (r.suggested?.after ?? []).flatMap((k) => byKey.get(k) ?? []);
			return [r.id, [...new Set(raw)].filter((d) => d !== r.id && ids.has(d))];
		})
	);
}

/** The phase each visible row is shown in: its own, moved after what it depends on. */
export function rowPhases(rows: readonly DependencyRow[]): Map<string, Phase> {
	const deps = rowDependencies(rows);
	const nodes = rows
		.filter((r) => !r.removed)
		.map((r) => ({
			id: r.id,
			phase: r.phase ?? r.suggested?.phase ?? 'first_90_days',
			after: deps.get(r.id) ?? []
		}));
	// Cycles are refused when edited; should one exist anyway, show the phases as set.
	if (findCycle(nodes)) return new Map(nodes.map((n) => [n.id, n.phase]));
	return schedule(nodes);
}

export type DependencyProblem =
	| { kind: 'unknown' }
	| { kind: 'cycle'; path: string[] }
	| { kind: 'phase'; before: string; after: string };

/**
 * Whether row `id` may take `phase` and depend on `dependsOn` (row ids): every id a visible
 * row of the plan, no cycle, and not phased before what it depends on nor after what depends
 * on it.
 */
export function checkDependencies(
	rows: readonly DependencyRow[],
	id: string,
	phase: Phase,
	dependsOn: readonly string[]
): DependencyProblem | null {
	const visible = rows.filter((r) => !r.removed);
	const ids = new Set(visible.map((r) => r.id));
	if (dependsOn.some((d) => !ids.has(d))) return { kind: 'unknown' };
	const deps = rowDependencies(visible);
	deps.set(id, [...new Set(dependsOn)]);
	const cycle = findCycle([...deps].map(([n, after]) => ({ id: n, after })));
	if (cycle) return { kind: 'cycle', path: cycle };
	const phaseOf = (r: DependencyRow) =>
		r.id === id ? phase : (r.phase ?? r.suggested?.phase ?? 'first_90_days');
	const phases = new Map(visible.map((r) => [r.id, phaseOf(r)]));
	const rank = (p: Phase | undefined) => PHASES.indexOf(p ?? 'first_90_days');
	for (const d of deps.get(id) ?? [])
		if (rank(phases.get(d)) > rank(phase)) return { kind: 'phase', before: id, after: d };
	for (const [n, after] of deps)
		if (after.includes(id) && rank(phases.get(n)) < rank(phase))
			return { kind: 'phase', before: n, after: id };
	return null;
}
