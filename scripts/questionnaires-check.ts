// `npm run questionnaires:check [file]`: validates questionnaires/ (or one file against the
// others) and prints one line per problem: file:line  path  reason. Exits 1 on any problem.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkQuestionnaires, formatIssue } from '../src/lib/server/questionnaires';

// `npm run questionnaires:check goals.yaml` means the file in questionnaires/.
const argument = process.argv[2];
const only =
	argument && !existsSync(argument) && existsSync(join('questionnaires', argument))
		? join('questionnaires', argument)
		: argument;
const { files, issues, unchecked } = checkQuestionnaires('questionnaires', only);
for (const issue of issues) console.error(formatIssue(issue));
for (const file of unchecked)
	console.warn(`note: ${file} has problems of its own; links into it were not checked`);
if (issues.length > 0) {
	console.error(`\n${issues.length} problem(s) in questionnaires.`);
	process.exit(1);
}
console.log(only ? `${only}: ok` : `${files.length} questionnaire file(s): ok`);
