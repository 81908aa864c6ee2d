// `npm run report:xlsx -- --demo --lang fa --out roadmap.xlsx` (or `--assessment <id>`): writes an
// assessment's roadmap workbook (results by lens, item and statement, the plan, the goals
// worksheet and the "not applicable" answers) from the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR), as report.xlsx serves it. Pending migrations are applied first, as
// the server does on start. Nothing else is written.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale } from '../src/lib/i18n/locale';
import { openDatabase } from '../src/lib/server/db/connect';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { migrate } from '../src/lib/server/db/migrate';
import { DEMO_ORGANISATION } from '../src/lib/server/demo/seed';
import { findAssessment, findDemoAssessment } from '../src/lib/server/reports/find';
import { roadmapWorkbook } from '../src/lib/server/reports/workbook/load';

const USAGE = `Usage: npm run report:xlsx -- (--demo | --assessment <id>) [--lang en|fa] [--out <file>]

  --demo             the latest assessment of the demo organisation (npm run seed:demo)
  --assessment <id>  an assessment by id
  --lang en|fa       the roadmap's language (default: en)
  --out <file>       where to write the workbook (default: crm-roadmap-<organisation>-<date>-<lang>.xlsx)

The database is DATABASE_URL when set, otherwise the embedded one in DATA_DIR (default ./data).`;

function fail(message: string, code = 1): never {
	console.error(message);
	process.exit(code);
}

const { values } = (() => {
	try {
		return parseArgs({
			options: {
				demo: { type: 'boolean', default: false },
				assessment: { type: 'string' },
				lang: { type: 'string', default: 'en' },
				out: { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (err) {
		return fail(`${(err as Error).message}\n\n${USAGE}`);
	}
})();
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (values.demo === Boolean(values.assessment))
	fail(`Give either --demo or --assessment <id>.\n\n${USAGE}`);
const lang = values.lang;
if (!isLocale(lang)) fail(`--lang must be en or fa, not "${lang}".`);

const url = process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR || 'data';
const where = url ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${resolve(dataDir)}`;
const database = await openDatabase({ url, dataDir }).catch((err: Error) => {
	if (err instanceof DataDirLockedError)
		fail(
			`${err.message}\n` +
				`If that process is the running server (npm start), stop it and run this again, ` +
				`or run both against PostgreSQL (DATABASE_URL).`,
			2
		);
	return fail(`Could not open ${where}: ${err.message}`);
});

try {
	await migrate(database.db);
	const ref = values.demo
		? await findDemoAssessment(database.db)
		: await findAssessment(database.db, values.assessment ?? '');
	if (!ref)
		fail(
			values.demo
				? `No demo organisation ("${DEMO_ORGANISATION}") in ${where}.\n` +
						`Create it with: npm run seed:demo (same DATA_DIR / DATABASE_URL), then run this again.`
				: `No assessment with the id "${values.assessment}" in ${where}.`
		);
	const started = performance.now();
	const outcome = await roadmapWorkbook(database.db, ref, lang);
	if (!outcome.ok)
		fail(
			outcome.status === 409
				? 'This assessment has no answers yet: there is nothing to report.'
				: `No assessment with the id "${ref.assessmentId}".`
		);
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
