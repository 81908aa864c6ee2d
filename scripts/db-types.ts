// `npm run db:types`: regenerate src/lib/server/db/schema.ts from the migrations, applied to a
// throw-away in-memory database.
import { writeFileSync } from 'node:fs';
import { generateSchema } from '../src/lib/server/db/codegen';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrate } from '../src/lib/server/db/migrate';

const database = await openDatabase({ dataDir: 'memory://' });
try {
	await migrate(database.db);
	writeFileSync('src/lib/server/db/schema.ts', await generateSchema(database.db));
	console.log('Wrote src/lib/server/db/schema.ts');
} finally {
	await database.close();
}
