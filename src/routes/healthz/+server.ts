import { json } from '@sveltejs/kit';
import { database, latestMigration } from '$lib/server/db';

export const GET = async () => {
	const { db, engine } = database();
	try {
		const migration = await latestMigration(db);
		return json({ status: 'ok', database: engine, migration });
	} catch {
		return json({ status: 'error', database: engine }, { status: 503 });
	}
};
