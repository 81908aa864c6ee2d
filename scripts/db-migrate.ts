// `npm run db:migrate`: apply pending migrations to the configured database and exit.
import { openDatabase } from '../src/lib/server/db/connect';
import { latestMigration, migrate } from '../src/lib/server/db/migrate';

const database = await openDatabase({
	url: process.env.DATABASE_URL || undefined,
	dataDir: process.env.DATA_DIR || 'data'
});
try {
	const applied = await migrate(database.db);
	console.log(
		applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply.',
		`Latest: ${await latestMigration(database.db)} (${database.engine})`
	);
} finally {
	await database.close();
}
