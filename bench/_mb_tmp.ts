import { sql } from 'kysely';
import { openDatabase } from '../src/lib/server/db/connect';
import { PGlite } from '@electric-sql/pglite';
const d = await openDatabase({ dataDir: 'memory://' });
const time = async (label: string, n: number, f: () => Promise<unknown>) => {
	for (let i = 0; i < 20; i++) await f();
	const t = performance.now();
	for (let i = 0; i < n; i++) await f();
	console.log(label, ((performance.now() - t) / n).toFixed(3), 'ms');
};
await time('worker trivial', 2000, () => sql`select 1`.execute(d.db));
await time('worker heavy', 20, () => sql`select count(*) from generate_series(1, 300000)`.execute(d.db));
const p = await PGlite.create();
await time('inproc trivial', 2000, () => p.query('select 1'));
await time('inproc heavy', 20, () => p.query('select count(*) from generate_series(1, 300000)'));
await d.close(); await p.close();
