// `npm run org:export -- --org <id or exact name> [--out <file>]`: writes an organisation's export
// (assessments, plans, register; never users or access) from the configured database.
import { writeFileSync } from 'node:fs';
import { isUuid } from '../src/lib/server/auth/guards';
import { exportOrganisation } from '../src/lib/server/portability/export';
import { args, DATABASE_HELP, fail, open } from './cli';

const USAGE = `Usage: npm run org:export -- --org <id or exact name> [--out <file>]

  --org <id|name>  the organisation to export
  --out <file>     where to write the JSON (default: standard output)

${DATABASE_HELP}`;

const values = args({ org: { type: 'string' }, out: { type: 'string' } }, USAGE);
if (!values.org) fail(`Give --org <id or name>.\n\n${USAGE}`);
const { database, where } = await open();
try {
	const { db } = database;
	const matches = await db
		.selectFrom('organisations')
		.select(['id', 'name'])
		.where((eb) =>
			isUuid(values.org as string)
				? eb('id', '=', values.org as string)
				: eb('name', '=', values.org as string)
		)
		.execute();
	if (matches.length === 0) fail(`No organisation "${values.org}" in ${where}.`);
	if (matches.length > 1)
		fail(
			`${matches.length} organisations are called "${values.org}"; give one id:\n` +
				matches.map((m) => `  ${m.id}`).join('\n')
		);
	const org = matches[0] as { id: string; name: string };
	const doc = await exportOrganisation(db, org.id);
	if (!doc) fail(`No organisation "${values.org}" in ${where}.`);
	const text = JSON.stringify(doc);
	if (values.out) {
		writeFileSync(values.out, text);
		console.error(
			`Wrote ${values.out}: "${org.name}" — ${doc.assessments.length} assessments, ` +
				`${doc.register.customers.length} customers, ${Math.round(text.length / 1024)} KB.`
		);
	} else process.stdout.write(text);
} finally {
	await database.close();
}
