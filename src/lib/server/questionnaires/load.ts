// Reads questionnaires/ once per process: every file validated, the set cross-checked, and
// the result memoised. A broken file stops the server (and the build) with every issue listed.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type {
	QuestionnaireFile,
	ReadinessModel,
	ScoredQuestionnaire,
	WorksheetQuestionnaire
} from '../../questionnaires/schema';
import { crossCheck } from './cross-check';
import { contentHash } from './hash';
import { formatIssue, type Issue } from './issues';
import { parseFile, type ParsedFile } from './parse';

export interface Questionnaires {
	model: ReadinessModel;
	/** The model's lenses, in the model's order. */
	lenses: ScoredQuestionnaire[];
	goals: WorksheetQuestionnaire;
	byId: ReadonlyMap<string, QuestionnaireFile>;
	/** Content hash by questionnaire id; pin { id, version, hash } with every assessment. */
	hashes: Readonly<Record<string, string>>;
}

export class QuestionnaireError extends Error {
	constructor(readonly issues: Issue[]) {
		super(`Invalid questionnaires:\n${issues.map(formatIssue).join('\n')}`);
		this.name = 'QuestionnaireError';
	}
}

export interface CheckResult {
	files: ParsedFile[];
	issues: Issue[];
	/** Other files that have problems of their own, so links into them were not checked. */
	unchecked: string[];
}

const isQuestionnaire = (name: string) => /\.ya?ml$/.test(name);

/**
 * Parses and cross-checks every file in `directory`. With `only`, that file stands in for the
 * directory's file of the same name (or joins the set) and only its issues are reported.
 */
export function checkQuestionnaires(directory: string, only?: string): CheckResult {
	const paths = readdirSync(directory)
		.filter(isQuestionnaire)
		.sort()
		.map((name) => join(directory, name));
	if (only !== undefined) {
		const same = paths.findIndex((p) => basename(p) === basename(only));
		if (same === -1) paths.push(only);
		else paths[same] = only;
	}
	const files: ParsedFile[] = [];
	const issues: Issue[] = [];
	for (const path of paths) {
		let text: string;
		try {
			text = readFileSync(path, 'utf8');
		} catch (error) {
			issues.push({ file: path, path: '', message: `cannot read the file: ${String(error)}` });
			continue;
		}
		const result = parseFile(path, text);
		if (result.ok) files.push(result.parsed);
		else issues.push(...result.issues);
	}
	const broken = paths.filter((p) => issues.some((i) => i.file === p));
	issues.push(...crossCheck(files, directory, broken.length === 0));
	if (only === undefined) return { files, issues, unchecked: [] };
	const mine = (p: string) => resolve(p) === resolve(only);
	return {
		files,
		issues: issues.filter((i) => mine(i.file)),
		unchecked: broken.filter((p) => !mine(p))
	};
}

function assemble(files: ParsedFile[]): Questionnaires {
	const byId = new Map(files.map((f) => [f.value.id, f.value]));
	const model = files.find((f) => f.value.kind === 'model')?.value;
	const goals = files.find((f) => f.value.kind === 'worksheet')?.value;
	if (model?.kind !== 'model' || goals?.kind !== 'worksheet')
		throw new Error('assemble() needs a checked set with one model and one worksheet');
	const lenses = model.lenses.flatMap((lens) => {
		const q = byId.get(lens.questionnaire);
		return q?.kind === 'scored' || q?.kind === 'risk' ? [q] : [];
	});
	const hashes = Object.fromEntries([...byId].map(([id, value]) => [id, contentHash(value)]));
	return { model, lenses, goals, byId, hashes };
}

const loaded = new Map<string, Questionnaires>();

/** The questionnaires of `directory` (default: ./questionnaires), loaded once. */
export function loadQuestionnaires(directory = 'questionnaires'): Questionnaires {
	const key = resolve(directory);
	const cached = loaded.get(key);
	if (cached) return cached;
	const { files, issues } = checkQuestionnaires(directory);
	if (issues.length > 0) throw new QuestionnaireError(issues);
	const result = assemble(files);
	loaded.set(key, result);
	return result;
}
