// `npx tsx bench/plan-page.ts [--runs 40] [--out bench/out/plan-page.html]`: the plan page of the
// demo workshop (25 people, three lenses), as its editor sees it. Budget (issue 14 §7): ≤ 120 KB
// of HTML and a server time p50 ≤ 60 ms.
//
// Needs `npm run build`. Seeds the demo into a fresh embedded database, starts the production
// build on it, logs in as the demo consultant and requests the plan page `runs` times in turn
// (after 5 warm-up requests). The time is the request's wall time on the loopback, one request
// at a time: the server's time plus a fraction of a millisecond of transport.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/lib/server/db/connect';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../src/lib/server/demo/seed';
import { demoDataDir, machine, pct, startServer, stopServer } from './server';
import { BenchClient } from './workshop-client';

const { values: opts } = parseArgs({
	options: {
		runs: { type: 'string', default: '40' },
		out: { type: 'string' },
		port: { type: 'string', default: '4652' },
		path: { type: 'string', default: 'plan' },
		// The demo in Persian (`seed:demo -- --lang fa`), read by a Persian reader.
		lang: { type: 'string', default: 'en' }
	}
});
const port = Number(opts.port);
const origin = `http://127.0.0.1:${port}`;

async function main() {
	const lang = opts.lang === 'fa' ? 'fa' : 'en';
	const { dir, ids } = await demoDataDir('crm-planbench-', { lang });
	if (lang === 'fa') {
		const database = await openDatabase({ dataDir: dir });
		await database.db
			.updateTable('users')
			.set({ locale: 'fa' })
			.where('email', '=', DEMO_EMAIL)
			.execute();
		await database.close();
	}
	const server = await startServer({ port, env: { DATA_DIR: dir, DATABASE_URL: '' } });
	try {
		const user = new BenchClient(origin);
		const login = await user.action('/login', { email: DEMO_EMAIL, password: DEMO_PASSWORD });
		if (!login.location) throw new Error('login failed');
		const path = `/orgs/${ids.organisationId}/assessments/${ids.assessmentId}/${opts.path}`;
		const get = async () => {
			const t = performance.now();
			const res = await user.get(path);
			const html = await res.text();
			if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
			return { ms: performance.now() - t, html };
		};
		for (let i = 0; i < 5; i++) await get();
		const times: number[] = [];
		let html = '';
		for (let i = 0; i < Number(opts.runs); i++) {
			const r = await get();
			times.push(r.ms);
			html = r.html;
		}
		if (opts.out) {
			mkdirSync(dirname(opts.out), { recursive: true });
			writeFileSync(opts.out, html);
		}
		const bytes = Buffer.byteLength(html);
		console.log(
			JSON.stringify(
				{
					page: opts.path,
					htmlBytes: bytes,
					htmlKB: +(bytes / 1024).toFixed(1),
					p50ms: +pct(times, 0.5).toFixed(1),
					p90ms: +pct(times, 0.9).toFixed(1),
					runs: times.length,
					machine: machine(),
					date: new Date().toISOString()
				},
				null,
				2
			)
		);
	} finally {
		await stopServer(server);
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
