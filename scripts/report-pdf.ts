// `npm run report:pdf -- --demo --lang fa --out roadmap.pdf` (or `--assessment <id>`): renders an
// assessment's PDF roadmap from the configured database (DATABASE_URL, or the embedded one in
// DATA_DIR), for batch use, benchmarks and checks. Pending migrations are applied first, as the
// server does on start. Nothing else is written.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale } from '../src/lib/i18n/locale';
import { buildRoadmap } from '../src/lib/server/reports/document/roadmap';
import { openDatabase } from '../src/lib/server/db/connect';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { migrate } from '../src/lib/server/db/migrate';
import { DEMO_ORGANISATION } from '../src/lib/server/demo/seed';
import { renderPdf } from '../src/lib/server/pdf/render';
import { roadmapFileName } from '../src/lib/server/reports/file-name';
import { findAssessment, findDemoAssessment } from '../src/lib/server/reports/find';
import { roadmapData } from '../src/lib/server/reports/load';

const USAGE = `Usage: npm run report:pdf -- (--demo | --assessment <id>) [--lang en|fa] [--view agreed|crowd] [--out <file>]

  --demo             the latest assessment of the demo organisation (npm run seed:demo)
  --assessment <id>  an assessment by id
  --lang en|fa       the roadmap's language (default: en)
  --view agreed|crowd  the workshop's agreed levels where recorded (default), or everyone's answers
  --out <file>       where to write the PDF (default: crm-roadmap-<organisation>-<date>-<lang>.pdf)

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
				view: { type: 'string', default: 'agreed' },
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
const view = values.view;
if (view !== 'agreed' && view !== 'crowd') fail(`--view must be agreed or crowd, not "${view}".`);

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
	const outcome = await roadmapData(database.db, ref, lang, new Date(), view);
	if (!outcome.ok)
		fail(
			outcome.status === 409
				? 'This assessment has no answers yet: there is nothing to report.'
				: `No assessment with the id "${ref.assessmentId}".`
		);
	const pdf = await renderPdf(buildRoadmap(outcome.data));
	const ms = Math.round(performance.now() - started);
	const out = values.out ?? roadmapFileName(outcome.organisation, lang, outcome.data.date);
	writeFileSync(out, pdf);
	console.log(
		`Wrote ${out}: the ${lang === 'fa' ? 'Persian' : 'English'} roadmap of "${outcome.assessment}" ` +
			`(${outcome.organisation}), ${Math.round(pdf.length / 1024)} KB in ${ms} ms.`
	);
} finally {
	await database.close();
}
