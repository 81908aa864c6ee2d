// Checks of a statement's register evidence (issue 15 §7) that zod cannot express: the figure
// names and share ranges are zod's; here, that one figure reads the same way throughout a
// statement (a figure that must stay low is never also required to be high), that a level is
// not given two requirements on one figure, and that a higher level never asks for less.
import type { ScoredQuestionnaire } from '../../questionnaires/schema';
import type { Issue } from './issues';
import type { ParsedFile } from './parse';

export function checkEvidence(lenses: { f: ParsedFile; q: ScoredQuestionnaire }[]): Issue[] {
	const issues: Issue[] = [];
	for (const { f, q } of lenses)
		q.items.forEach((item, i) =>
			item.statements.forEach((statement, s) => {
				const at = ['items', i, 'statements', s, 'evidence'];
				const seen = new Map<string, { k: number; from: number; bound: number; max: boolean }>();
				// Lowest level first, so each requirement is compared with the one below it.
				const ordered = (statement.evidence ?? [])
					.map((r, k) => ({ r, k }))
					.sort((a, b) => a.r.from - b.r.from);
				for (const { r, k } of ordered) {
					const max = r.atMost !== undefined;
					const bound = r.atMost ?? r.atLeast ?? 0;
					const before = seen.get(r.figure);
					if (before && before.max !== max)
						issues.push(
							f.issue(
								[...at, k],
								`${r.figure} is already required ${before.max ? 'at most' : 'at least'} a value (index ${before.k}): one figure reads one way`
							)
						);
					else if (before && before.from === r.from)
						issues.push(
							f.issue(
								[...at, k, 'from'],
								`${r.figure} already has a requirement from level ${r.from} (index ${before.k})`
							)
						);
					else if (before && (max ? bound > before.bound : bound < before.bound))
						issues.push(
							f.issue(
								[...at, k, max ? 'atMost' : 'atLeast'],
								`level ${r.from} asks less of ${r.figure} than level ${before.from} does (${before.bound})`
							)
						);
					if (!before || before.max === max) seen.set(r.figure, { k, from: r.from, bound, max });
				}
			})
		);
	return issues;
}
