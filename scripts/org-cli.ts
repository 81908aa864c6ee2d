// What the organisation export and import commands share: arguments, the configured database,
// and failing with a clear message and exit code.
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openDatabase, type Database } from '../src/lib/server/db/connect';
import { DataDirLockedError } from '../src/lib/server/db/lock';
import { migrate } from '../src/lib/server/db/migrate';

export function fail(message: string, code = 1): never {
	console.error(message);
	process.exit(code);
}

/** The command's string options (and --help, which prints the usage). */
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
			Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : undefined])
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
