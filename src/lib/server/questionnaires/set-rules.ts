// Rules over the whole set that keep the content honest (issue 15): no statement asked twice
// under two names, each scope-guard row fed by exactly one statement, and the plan fields of
// actions (`lifts`, `after`) pointing at things that exist, and audiences naming each role
// layer once.
import {
	CONTENT_LAYERS,
	SCOPE_DIMENSIONS,
	type Item,
	type ScoredQuestionnaire
} from '../../questionnaires/schema';
import type { Issue, Path } from './issues';
import type { ParsedFile } from './parse';

interface Lens {
	f: ParsedFile;
	q: ScoredQuestionnaire;
}

/** Case, spacing, punctuation and the zero-width non-joiner do not make two texts different. */
export function sameText(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\u200c\u200f\u200e]/g, '')
		.replace(/[\s\p{P}]+/gu, ' ')
		.trim();
}

function* statementsOf(lenses: Lens[]) {
	for (const { f, q } of lenses)
		for (const [i, item] of q.items.entries())
			for (const [s, statement] of item.statements.entries())
				yield { f, q, item, statement, path: ['items', i, 'statements', s] as Path };
}

function duplicateTexts(lenses: Lens[], issues: Issue[]) {
	for (const language of ['en', 'fa'] as const) {
		const seen = new Map<string, string>();
		for (const { f, q, item, statement, path } of statementsOf(lenses)) {
			const key = sameText(statement.text[language]);
			const where = `${q.id}/${item.id}/${statement.id}`;
			const first = seen.get(key);
			if (first === undefined) seen.set(key, where);
			else
				issues.push(
					f.issue(
						[...path, 'text', language],
						`the same statement text as ${first}: a theme asked twice is counted twice (reword one, see docs/scoring.md)`
					)
				);
		}
	}
}

function scopeRows(lenses: Lens[], issues: Issue[]) {
	const found = new Map<string, string[]>();
	let anyFile: ParsedFile | null = null;
	for (const { f, q, item, statement, path } of statementsOf(lenses)) {
		if (statement.scope === undefined) continue;
		anyFile ??= f;
		const where = `${q.id}/${item.id}/${statement.id}`;
		const before = found.get(statement.scope) ?? [];
		if (before.length > 0)
			issues.push(
				f.issue(
					[...path, 'scope'],
					`scope dimension "${statement.scope}" is already measured by ${before.join(', ')}`
				)
			);
		found.set(statement.scope, [...before, where]);
	}
	// Content before version 2 names no dimension (the scope guard maps the old statements).
	if (!anyFile) return;
	const missing = SCOPE_DIMENSIONS.filter((d) => !found.has(d));
	if (missing.length > 0)
		issues.push(
			anyFile.issue(
				[],
				`no statement measures the scope dimension(s) ${missing.join(', ')}: each of the nine needs exactly one`
			)
		);
}

function actionsOf(item: Item, at: Path) {
	return [
		...(['low', 'mid', 'high'] as const).flatMap((tier) =>
			item.actions[tier].map((a, i) => ({ a, path: [...at, 'actions', tier, i] as Path }))
		),
		...(['high', 'medium', 'low'] as const).flatMap((level) =>
			(item.risk?.prevention[level] ?? []).map((a, i) => ({
				a,
				path: [...at, 'risk', 'prevention', level, i] as Path
			}))
		)
	];
}

function planFields(lenses: Lens[], issues: Issue[]) {
	for (const { f, q } of lenses) {
		const ids = new Set(
			q.items.flatMap((item, i) => actionsOf(item, ['items', i]).map((x) => x.a.id))
		);
		q.items.forEach((item, i) => {
			const own = new Set(item.statements.map((s) => s.id));
			for (const { a, path } of actionsOf(item, ['items', i])) {
				a.lifts?.forEach((lift, k) => {
					if (!own.has(lift.statement))
						issues.push(
							f.issue(
								[...path, 'lifts', k, 'statement'],
								`"${lift.statement}" is not a statement of item "${item.id}"`
							)
						);
				});
				a.after?.forEach((id, k) => {
					if (id === a.id)
						issues.push(f.issue([...path, 'after', k], `an action cannot come after itself`));
					else if (!ids.has(id))
						issues.push(f.issue([...path, 'after', k], `"${id}" is not an action of ${q.id}`));
				});
			}
		});
	}
}

/**
 * An audience names each role layer once, and not all of them: a statement for everyone is a
 * common statement, written without an audience (unknown layers are refused by the schema).
 */
function audiences(lenses: Lens[], issues: Issue[]) {
	for (const { f, statement, path } of statementsOf(lenses)) {
		const audience = statement.audience;
		if (!audience) continue;
		audience.forEach((layer, k) => {
			if (audience.indexOf(layer) !== k)
				issues.push(f.issue([...path, 'audience', k], `role layer "${layer}" is named twice`));
		});
		if (CONTENT_LAYERS.every((layer) => audience.includes(layer)))
			issues.push(
				f.issue(
					[...path, 'audience'],
					'every role layer is named: leave the audience out for a common statement'
				)
			);
	}
}

export function setRules(lenses: Lens[]): Issue[] {
	const issues: Issue[] = [];
	audiences(lenses, issues);
	duplicateTexts(lenses, issues);
	scopeRows(lenses, issues);
	planFields(lenses, issues);
	return issues;
}
