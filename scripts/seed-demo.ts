// `npm run seed:demo [-- --lang fa]`: a demo organisation with a completed 25-person workshop,
// an earlier milestone and peers for the portfolio benchmark, in the configured database, in
// English or (with --lang fa) in Persian: Persian names, titles, milestone labels, customers
// and workshop comments.
import { parseArgs } from 'node:util';
import { announceSessionChange } from '../src/lib/server/auth/session-signals';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrate } from '../src/lib/server/db/migrate';
import {
	DEMO_EMAIL,
	DEMO_ORGANISATION,
	DEMO_ORGANISATION_FA,
	DEMO_PASSWORD,
	seedDemo
} from '../src/lib/server/demo/seed';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'en' } } });
if (values.lang !== 'en' && values.lang !== 'fa') {
	console.error(`\n--lang must be en or fa (was ${values.lang}).\n`);
	process.exit(2);
}
const lang = values.lang;

const database = await openDatabase({
	url: process.env.DATABASE_URL || undefined,
	dataDir: process.env.DATA_DIR || 'data'
}).catch((err: Error) => {
	console.error(
		`\n${err.message}\n(Stop the running server first: the embedded database admits one process.)\n`
	);
	process.exit(1);
});
try {
	await migrate(database.db);
	const ids = await seedDemo(database.db, { lang });
	// A running server on the same PostgreSQL sees the demo's accounts and memberships at once.
	if (database.engine === 'postgres') await announceSessionChange(database.pool);
	const origin = process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
	console.log(`
Demo ready (${database.engine}):
  organisation  ${lang === 'fa' ? DEMO_ORGANISATION_FA : DEMO_ORGANISATION}
  log in        ${origin}/login  as  ${DEMO_EMAIL}  /  ${DEMO_PASSWORD}
  results       ${origin}/orgs/${ids.organisationId}/assessments/${ids.assessmentId}/results
`);
} finally {
	await database.close();
}
