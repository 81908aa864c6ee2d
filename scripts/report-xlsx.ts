// `npm run report:xlsx -- --demo --lang fa --out roadmap.xlsx` (or `--assessment <id>`): writes an
// assessment's roadmap workbook (results by lens, item and statement, the plan, the goals
// worksheet and the "not applicable" answers) from the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR), as report.xlsx serves it. Pending migrations are applied first, as
// the server does on start. Nothing else is written.
import { writeFileSync } from 'node:fs';
import { roadmapWorkbook } from '../src/lib/server/reports/workbook/load';
import {
	args,
	DATABASE_HELP,
	fail,
	REPORT_HELP,
	REPORT_OPTIONS,
	reportRefused,
	reportTarget
} from './cli';

const USAGE = `Usage: npm run report:xlsx -- (--demo | --assessment <id>) [--lang en|fa] [--out <file>]

${REPORT_HELP}
  --out <file>       where to write the workbook (default: crm-roadmap-<organisation>-<date>-<lang>.xlsx)

${DATABASE_HELP}`;

const values = args(REPORT_OPTIONS, USAGE);
const { database, ref, lang } = await reportTarget(values, USAGE);
try {
	const started = performance.now();
	const outcome = await roadmapWorkbook(database.db, ref, lang);
	if (!outcome.ok) fail(reportRefused(outcome.status, ref));
	const ms = Math.round(performance.now() - started);
	const out = values.out ?? outcome.fileName;
	writeFileSync(out, outcome.body);
	console.log(
		`Wrote ${out}: the ${lang === 'fa' ? 'Persian' : 'English'} roadmap workbook of ` +
			`"${outcome.assessment}" (${outcome.organisation}), ` +
			`${Math.round(outcome.body.length / 1024)} KB in ${ms} ms.`
	);
} finally {
	await database.close();
}
