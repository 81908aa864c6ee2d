// `npm run report:pdf -- --demo --lang fa --out roadmap.pdf` (or `--assessment <id>`): renders an
// assessment's PDF roadmap from the configured database (DATABASE_URL, or the embedded one in
// DATA_DIR), for batch use, benchmarks and checks. Pending migrations are applied first, as the
// server does on start. Nothing else is written.
import { writeFileSync } from 'node:fs';
import { buildRoadmap } from '../src/lib/server/reports/document/roadmap';
import { renderPdf } from '../src/lib/server/pdf/render';
import { roadmapFileName } from '../src/lib/server/reports/file-name';
import { roadmapData } from '../src/lib/server/reports/load';
import {
	args,
	DATABASE_HELP,
	fail,
	REPORT_HELP,
	REPORT_OPTIONS,
	reportRefused,
	reportTarget
} from './cli';

const USAGE = `Usage: npm run report:pdf -- (--demo | --assessment <id>) [--lang en|fa] [--view agreed|crowd] [--out <file>]

${REPORT_HELP}
  --view agreed|crowd  the workshop's agreed levels where recorded (default), or everyone's answers
  --out <file>       where to write the PDF (default: crm-roadmap-<organisation>-<date>-<lang>.pdf)

${DATABASE_HELP}`;

const values = args({ ...REPORT_OPTIONS, view: { type: 'string', default: 'agreed' } }, USAGE);
const view = values.view;
if (view !== 'agreed' && view !== 'crowd') fail(`--view must be agreed or crowd, not "${view}".`);
const { database, ref, lang } = await reportTarget(values, USAGE);
try {
	const started = performance.now();
	const outcome = await roadmapData(database.db, ref, lang, new Date(), view);
	if (!outcome.ok) fail(reportRefused(outcome.status, ref));
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
