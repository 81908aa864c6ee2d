// A problem found in a questionnaire file, named the way an author fixes it: file, line,
// path inside the file, reason.
import type { z } from 'zod';

export type Path = readonly PropertyKey[];

export interface Issue {
	file: string;
	/** 1-based line in the file, when the path could be located. */
	line?: number;
	path: string;
	message: string;
}

/** ['items', 3, 'levels', 2, 'fa'] → 'items[3].levels[2].fa' */
export function formatPath(path: Path): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

export function formatIssue(issue: Issue): string {
	const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
	return `${where}  ${issue.path || '(top level)'}  ${issue.message}`;
}

type ZodIssue = z.core.$ZodIssue;

const missingKey = (issue: ZodIssue) =>
	issue.code === 'invalid_type' &&
	issue.path.length === 1 &&
	/received undefined/.test(issue.message);

/**
 * zod reports a union that matches no branch as "Invalid input" with every branch's issues.
 * When the input has the key of exactly one branch, that branch's issues are the useful ones;
 * otherwise the author has to be told which keys would be accepted.
 */
export function explain(issue: ZodIssue): { path: Path; message: string }[] {
	if (issue.code !== 'invalid_union' || issue.errors.length === 0)
		return [{ path: issue.path, message: issue.message }];
	const plausible = issue.errors.filter((branch) => !branch.some(missingKey));
	if (plausible.length === 1)
		return (plausible[0] ?? []).flatMap((inner) =>
			explain(inner).map((e) => ({ path: [...issue.path, ...e.path], message: e.message }))
		);
	const keys = issue.errors.flatMap((branch) =>
		branch.filter(missingKey).map((i) => String(i.path[0]))
	);
	// A key is only wrong if no branch accepts it.
	const rejected = issue.errors.map(
		(branch) =>
			new Set(
				branch.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []))
			)
	);
	const unknown = [...(rejected[0] ?? [])].filter((key) => rejected.every((r) => r.has(key)));
	const extra = unknown.length ? `; not allowed here: ${unknown.join(', ')}` : '';
	return [
		{
			path: issue.path,
			message: `matches no allowed form: expected one of the keys ${[...new Set(keys)].join(', ')}${extra}`
		}
	];
}
