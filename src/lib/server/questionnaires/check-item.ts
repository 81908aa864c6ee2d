// Checks inside one item that zod cannot express: unique statement and action ids, risk
// rules where they belong and about the item's own statements.
import type { Condition, Item, ScoredQuestionnaire } from '../../questionnaires/schema';
import type { Path } from './issues';

export type Report = (path: Path, message: string) => void;

export function duplicates(
	ids: string[],
	at: (index: number) => Path,
	report: Report,
	what: string
) {
	const seen = new Map<string, number>();
	ids.forEach((id, i) => {
		const first = seen.get(id);
		if (first === undefined) seen.set(id, i);
		else report(at(i), `duplicate ${what} id "${id}" (first at index ${first})`);
	});
}

function* statementRefs(c: Condition, path: Path): Generator<[string, Path]> {
	if ('statement' in c) yield [c.statement, [...path, 'statement']];
	else if ('all' in c)
		for (const [i, x] of c.all.entries()) yield* statementRefs(x, [...path, 'all', i]);
	else if ('any' in c)
		for (const [i, x] of c.any.entries()) yield* statementRefs(x, [...path, 'any', i]);
}

export function checkItem(item: Item, kind: ScoredQuestionnaire['kind'], at: Path, report: Report) {
	duplicates(
		item.statements.map((s) => s.id),
		(i) => [...at, 'statements', i, 'id'],
		report,
		'statement'
	);
	const actions = [
		...(['low', 'mid', 'high'] as const).flatMap((tier) =>
			item.actions[tier].map((a, i) => [a.id, [...at, 'actions', tier, i, 'id']] as const)
		),
		...(['high', 'medium', 'low'] as const).flatMap((level) =>
			(item.risk?.prevention[level] ?? []).map(
				(a, i) => [a.id, [...at, 'risk', 'prevention', level, i, 'id']] as const
			)
		)
	];
	duplicates(
		actions.map(([id]) => id),
		(i) => actions[i]?.[1] ?? at,
		report,
		'action'
	);
	if (kind === 'risk' && !item.risk)
		report(at, 'items of a risk questionnaire need risk rules (`risk`)');
	if (kind === 'scored' && item.risk)
		report([...at, 'risk'], 'risk rules belong in a `kind: risk` questionnaire');
	const own = new Set(item.statements.map((s) => s.id));
	item.risk?.rules.forEach((rule, r) => {
		for (const [id, path] of statementRefs(rule.when, [...at, 'risk', 'rules', r, 'when']))
			if (!own.has(id)) report(path, `"${id}" is not a statement of item "${item.id}"`);
	});
}
