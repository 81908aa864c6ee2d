// Checks of a statement's register evidence (issue 15 §7) that zod cannot express: the figure
// names and share ranges are zod's; here, that one figure reads the same way throughout a
// statement (a figure that must stay low is never also required to be high), that a level is
// not given two requirements on one figure, and that a higher level never asks for less.
import type { EvidenceRequirement, ScoredQuestionnaire } from '../../questionnaires/schema';
import type { Issue, Path } from './issues';
import type { ParsedFile } from './parse';

/** The problems of one statement's requirements, as [index, path suffix, message]. */
function problems(evidence: readonly EvidenceRequirement[]): [number, string[], string][] {
	const out: [number, string[], string][] = [];
	const seen = new Map<string, { k: number; from: number; bound: number; max: boolean }>();
	// Lowest level first, so each requirement is compared with the one below it.
	const ordered = evidence
		.map((r, k) => ({ r, k }))
		.sort((a, b) => a.r.from - b.r.from || a.k - b.k);
	for (const { r, k } of ordered) {
		const max = r.atMost !== undefined;
		const bound = r.atMost ?? r.atLeast ?? 0;
		const before = seen.get(r.figure);
		if (!before) seen.set(r.figure, { k, from: r.from, bound, max });
		else if (before.max !== max)
			out.push([
				k,
				[],
				`${r.figure} is already required ${before.max ? 'at most' : 'at least'} a value (index ${before.k}): one figure reads one way`
			]);
		else if (before.from === r.from)
			out.push([
				k,
				['from'],
				`${r.figure} already has a requirement from level ${r.from} (index ${before.k})`
			]);
		else if (max ? bound > before.bound : bound < before.bound)
			out.push([
				k,
				[max ? 'atMost' : 'atLeast'],
				`level ${r.from} asks less of ${r.figure} than level ${before.from} does (${before.bound})`
			]);
		else seen.set(r.figure, { k, from: r.from, bound, max });
	}
	return out.sort((a, b) => a[0] - b[0]);
}

export function checkEvidence(lenses: { f: ParsedFile; q: ScoredQuestionnaire }[]): Issue[] {
	return lenses.flatMap(({ f, q }) =>
		q.items.flatMap((item, i) =>
			item.statements.flatMap((statement, s) => {
				const at: Path = ['items', i, 'statements', s, 'evidence'];
				return problems(statement.evidence ?? []).map(([k, rest, message]) =>
					f.issue([...at, k, ...rest], message)
				);
			})
		)
	);
}
