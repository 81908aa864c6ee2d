// What the command-line tools share (organisation export and import, password reset, the PDF and
// workbook reports): arguments, the configured database, and failing with a clear message and
// exit code.
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openDatabase, type Database } from '../src/lib/server/db/connect';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { migrate } from '../src/lib/server/db/migrate';
import { isLocale, type Locale } from '../src/lib/i18n/locale';
import { DEMO_ORGANISATION } from '../src/lib/server/demo/seed';
import {
	findAssessment,
	findDemoAssessment,
	type AssessmentRef
} from '../src/lib/server/reports/find';

export function fail(message: string, code = 1): never {
	console.error(message);
	process.exit(code);
}

/** The command's options (and --help, which prints the usage). A flag given reads 'true'. */
export function args(
	options: NonNullable<ParseArgsConfig['options']>,
	usage: string
): Record<string, string | undefined> {
	try {
		const { values } = parseArgs({
			options: { ...options, help: { type: 'boolean', short: 'h', default: false } }
		});
		if ((values as Record<string, unknown>).help) {
			console.log(usage);
			process.exit(0);
		}
		return Object.fromEntries(
			Object.entries(values).map(([k, v]) => [
				k,
				typeof v === 'string' ? v : v === true ? 'true' : undefined
			])
		);
	} catch (err) {
		return fail(`${(err as Error).message}\n\n${usage}`);
	}
}

export const DATABASE_HELP =
	'The database is DATABASE_URL when set, otherwise the embedded one in DATA_DIR (default ./data).';

export async function open(): Promise<{ database: Database; where: string }> {
	const url = process.env.DATABASE_URL || undefined;
	const dataDir = process.env.DATA_DIR || 'data';
	const where = url ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${resolve(dataDir)}`;
	const database = await openDatabase({ url, dataDir }).catch((err: Error) => {
		if (err instanceof DataDirLockedError)
			fail(
				`${err.message}\nIf that process is the running server (npm start), stop it and run ` +
					`this again, or run both against PostgreSQL (DATABASE_URL).`,
				2
			);
		return fail(`Could not open ${where}: ${err.message}`);
	});
	await migrate(database.db);
	return { database, where };
}

/** The options naming a report's assessment and language, and their usage lines. */
export const REPORT_OPTIONS = {
	demo: { type: 'boolean', default: false },
	assessment: { type: 'string' },
	lang: { type: 'string', default: 'en' },
	out: { type: 'string' }
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const REPORT_HELP = `  --demo             the latest assessment of the demo organisation (npm run seed:demo)
  --assessment <id>  an assessment by id
  --lang en|fa       the roadmap's language (default: en)`;

/**
 * The assessment and language a report command names, with the database opened and migrated;
 * fails with the usage or a clear message when either is missing.
 */
export async function reportTarget(
	values: Record<string, string | undefined>,
	usage: string
): Promise<{ database: Database; ref: AssessmentRef; lang: Locale }> {
	if (Boolean(values.demo) === Boolean(values.assessment))
		fail(`Give either --demo or --assessment <id>.\n\n${usage}`);
	const lang = values.lang ?? 'en';
	if (!isLocale(lang)) fail(`--lang must be en or fa, not "${lang}".`);
	const { database, where } = await open();
	const ref = values.demo
		? await findDemoAssessment(database.db)
		: await findAssessment(database.db, values.assessment ?? '');
	if (!ref) {
		await database.close();
		fail(
			values.demo
				? `No demo organisation ("${DEMO_ORGANISATION}") in ${where}.\n` +
						`Create it with: npm run seed:demo (same DATA_DIR / DATABASE_URL), then run this again.`
				: `No assessment with the id "${values.assessment}" in ${where}.`
		);
	}
	return { database, ref, lang };
}

/** The message for a report that could not be made. */
export function reportRefused(status: number, ref: AssessmentRef): string {
	return status === 409
		? 'This assessment has no answers yet: there is nothing to report.'
		: `No assessment with the id "${ref.assessmentId}".`;
}
