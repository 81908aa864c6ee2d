// Checks that need more than one file, or more than zod can say about one: unique ids, links
// that resolve, risk rules about their own item, a coherent readiness model.
import type { ReadinessModel, WorksheetQuestionnaire } from '../../questionnaires/schema';
import { checkEvidence } from './check-evidence';
import { checkItem, duplicates, type Report } from './check-item';
import type { Issue, Path } from './issues';
import type { ParsedFile } from './parse';
import { setRules } from './set-rules';

function checkModel(m: ReadinessModel, byId: Map<string, ParsedFile> | null, report: Report) {
	duplicates(
		m.lenses.map((l) => l.questionnaire),
		(i) => ['lenses', i, 'questionnaire'],
		report,
		'lens'
	);
	m.lenses.forEach((lens, i) => {
		if (!byId) return;
		const kind = byId.get(lens.questionnaire)?.value.kind;
		if (kind !== 'scored' && kind !== 'risk')
			report(
				['lenses', i, 'questionnaire'],
				kind
					? `"${lens.questionnaire}" is a ${kind}, not a scored or risk questionnaire`
					: `no questionnaire "${lens.questionnaire}"`
			);
	});
	duplicates(
		m.bands.map((b) => b.id),
		(i) => ['bands', i, 'id'],
		report,
		'band'
	);
	if (m.bands[0]?.from !== 0) report(['bands', 0, 'from'], 'the first band must start at 0');
	m.bands.forEach((b, i) => {
		const previous = m.bands[i - 1];
		if (previous && b.from <= previous.from)
			report(['bands', i, 'from'], `bands must ascend: ${b.from} is not above ${previous.from}`);
	});
	if (!m.bands.some((b) => b.id === m.gating.capAt))
		report(['gating', 'capAt'], `"${m.gating.capAt}" is not a band id`);
}

function checkWorksheet(w: WorksheetQuestionnaire, report: Report) {
	duplicates(
		w.goals.map((g) => g.id),
		(i) => ['goals', i, 'id'],
		report,
		'goal'
	);
	w.goals.forEach((g, i) =>
		duplicates(
			g.kpis.map((k) => k.id),
			(k) => ['goals', i, 'kpis', k, 'id'],
			report,
			'KPI'
		)
	);
}

interface Occurrence {
	f: ParsedFile;
	path: Path;
}

/** Ids that must be unique across files: every occurrence is reported, so each file shows it. */
function acrossFiles(occurrences: Map<string, Occurrence[]>, what: string, issues: Issue[]) {
	for (const [id, all] of occurrences)
		for (const { f, path } of all.length > 1 ? all : []) {
			const others = all.filter((o) => o.f !== f).map((o) => o.f.file);
			const where = others.length
				? `also used in ${[...new Set(others)].join(', ')}`
				: 'used twice';
			issues.push(f.issue(path, `${what} id "${id}" is ${where}`));
		}
}

function group<T>(entries: [string, T][]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const [key, value] of entries) map.set(key, [...(map.get(key) ?? []), value]);
	return map;
}

/**
 * `complete` is false when some file did not parse: references into it cannot be resolved, so
 * they are not checked rather than reported as missing.
 */
export function crossCheck(files: ParsedFile[], directory: string, complete: boolean): Issue[] {
	const issues: Issue[] = [];
	const reporter =
		(f: ParsedFile): Report =>
		(path, message) =>
			issues.push(f.issue(path, message));
	const lenses = files.flatMap((f) =>
		f.value.kind === 'scored' || f.value.kind === 'risk' ? [{ f, q: f.value }] : []
	);
	const byId = new Map(files.map((f) => [f.value.id, f]));
	const items = new Map(lenses.flatMap(({ q }) => q.items.map((item) => [item.id, q])));

	for (const f of files) {
		const name = f.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
		if (name !== f.value.id)
			reporter(f)(['id'], `id "${f.value.id}" differs from the file name "${name}"`);
		if (f.value.kind === 'model') checkModel(f.value, complete ? byId : null, reporter(f));
		if (f.value.kind === 'worksheet') checkWorksheet(f.value, reporter(f));
	}
	acrossFiles(group(files.map((f) => [f.value.id, { f, path: ['id'] }])), 'questionnaire', issues);
	acrossFiles(
		group(
			lenses.flatMap(({ f, q }) =>
				q.items.map((item, i) => [item.id, { f, path: ['items', i, 'id'] }] as [string, Occurrence])
			)
		),
		'item',
		issues
	);
	for (const { f, q } of lenses)
		q.items.forEach((item, i) => checkItem(item, q.kind, ['items', i], reporter(f)));
	issues.push(...setRules(lenses));
	issues.push(...checkEvidence(lenses));
	if (!complete) return issues;

	for (const kind of ['model', 'worksheet'] as const) {
		const found = files.filter((f) => f.value.kind === kind).length;
		if (found !== 1)
			issues.push({
				file: directory,
				path: '',
				message: `expected exactly one \`kind: ${kind}\` file, found ${found}`
			});
	}
	const goals = new Set(
		files.flatMap((f) => (f.value.kind === 'worksheet' ? f.value.goals.map((g) => g.id) : []))
	);
	const targets = {
		risks: {
			ok: (id: string) => items.get(id)?.kind === 'risk',
			what: 'an item of a `kind: risk` questionnaire'
		},
		blocks: {
			ok: (id: string) => items.get(id)?.id === 'building-blocks',
			what: 'an item of building-blocks'
		},
		goals: { ok: (id: string) => goals.has(id), what: 'a goal of the worksheet' }
	};
	for (const { f, q } of lenses)
		q.items.forEach((item, i) => {
			for (const [key, target] of Object.entries(targets))
				item.links[key as keyof typeof targets].forEach((id, k) => {
					if (!target.ok(id))
						reporter(f)(['items', i, 'links', key, k], `"${id}" is not ${target.what}`);
				});
		});
	return issues;
}
