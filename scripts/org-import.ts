// `npm run org:import -- --file <export.json> --owner <email> [--name <new name>]`: imports an
// organisation export as a new organisation owned by an existing account. The whole file is
// checked first; then all of it is written, or nothing.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { translate } from '../src/lib/i18n/translate';
import { catalogues } from '../src/lib/i18n/catalogue';
import { announceSessionChange } from '../src/lib/server/auth/session-signals';
import { importOrganisation } from '../src/lib/server/portability/import';
import { args, DATABASE_HELP, fail, open } from './cli';

const USAGE = `Usage: npm run org:import -- --file <export.json[.gz]> --owner <email> [--name <name>]

  --file <file>    an export written by org:export or downloaded from the settings page
  --owner <email>  the account (already signed up here) that will own the new organisation
  --name <name>    a name for the new organisation (default: the name in the file)

${DATABASE_HELP}`;

const values = args(
	{ file: { type: 'string' }, owner: { type: 'string' }, name: { type: 'string' } },
	USAGE
);
if (!values.file || !values.owner) fail(`Give --file and --owner.\n\n${USAGE}`);
let text: string;
try {
	const bytes = readFileSync(values.file);
	text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
} catch (err) {
	fail(`Could not read ${values.file}: ${(err as Error).message}`);
}
const { database, where } = await open();
try {
	const { db } = database;
	const owner = await db
		.selectFrom('users')
		.select('id')
		.where((eb) => eb(eb.fn('lower', ['email']), '=', (values.owner as string).toLowerCase()))
		.executeTakeFirst();
	if (!owner) fail(`No account with the email "${values.owner}" in ${where}. Sign up first.`);
	const result = await importOrganisation(db, text, { userId: owner.id, name: values.name });
	if (!result.ok) fail(translate('en', catalogues.en, result.error.key, result.error.params), 3);
	// A running server on the same PostgreSQL shows the new organisation at once.
	if (database.engine === 'postgres') await announceSessionChange(database.pool);
	const c = result.counts;
	console.log(
		`Imported as organisation ${result.organisationId}: ${c.assessments} assessments, ` +
			`${c.respondents} respondents, ${c.answers} answers, ${c.milestones} milestones, ` +
			`${c.plans} plans, ${c.customers} customers.`
	);
} finally {
	await database.close();
}
