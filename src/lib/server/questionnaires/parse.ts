// One questionnaire file: YAML text → validated value, or issues with lines and paths.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { QuestionnaireFile } from '../../questionnaires/schema';
import { explain, type Issue, type Path, formatPath } from './issues';

export interface ParsedFile {
	file: string;
	value: QuestionnaireFile;
	/** Where a path inside the file starts, for the cross-checks' messages. */
	issue(path: Path, message: string): Issue;
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; issues: Issue[] };

/** The line of the deepest node along `path` that exists in the document. */
function lineOf(doc: Document, lines: LineCounter, path: Path): number | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as unknown[], true);
		if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
	}
	return undefined;
}

export function parseFile(file: string, text: string): ParseResult {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	if (doc.errors.length > 0)
		return {
			ok: false,
			issues: doc.errors.map((e) => ({
				file,
				line: e.linePos?.[0].line,
				path: '',
				message: `YAML: ${e.message.split('\n')[0]}`
			}))
		};
	const issue = (path: Path, message: string): Issue => ({
		file,
		line: lineOf(doc, lines, path),
		path: formatPath(path),
		message
	});
	const result = QuestionnaireFile.safeParse(doc.toJS());
	if (!result.success)
		return {
			ok: false,
			issues: result.error.issues.flatMap(explain).map((e) => issue(e.path, e.message))
		};
	return { ok: true, parsed: { file, value: result.data, issue } };
}
