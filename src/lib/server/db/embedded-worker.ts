// The embedded database's worker thread (see embedded.ts): PGlite, fed PostgreSQL wire-protocol
// messages and answering with its raw replies, one message at a time, in order.
//
// It does not run from this file: the server bundle has no separate file to point a worker at,
// and `tsx` scripts open the database too. `npm run db:worker` compiles it to source text
// (embedded-worker.generated.ts) that embedded.ts starts as a module, and a test fails when that
// text no longer matches this file. It imports PGlite by the file URLs the parent resolved, so
// it needs nothing but Node's own modules.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';

export type Op = 'exec' | 'session' | 'dump' | 'heap' | 'close';

export interface Request {
	id: number;
	op: Op;
	data?: Uint8Array;
}

/** Id 0 is the worker's report that PGlite is open (or why it is not); it comes unasked. */
export interface Reply {
	id: number;
	data?: Uint8Array | Float64Array;
	error?: { message: string; stack?: string };
}

export interface WorkerData {
	/** File URLs of PGlite and its pg_trgm and citext extensions. */
	modules: [string, string, string];
	/** A data directory, or `memory://`. */
	dataDir: string;
	/** A dumped data directory to start from instead of running initdb. */
	loadDataDir?: ArrayBuffer;
}

type Modules = [
	typeof import('@electric-sql/pglite'),
	typeof import('@electric-sql/pglite/contrib/pg_trgm'),
	typeof import('@electric-sql/pglite/contrib/citext')
];

const SYNC = new Uint8Array([83, 0, 0, 0, 4]);

const failure = (err: unknown): NonNullable<Reply['error']> => {
	const e = err as { message?: unknown; stack?: string } | null | undefined;
	return { message: String(e?.message ?? err), stack: e?.stack };
};

async function serve(port: MessagePort, options: WorkerData): Promise<void> {
	const [{ PGlite }, { pg_trgm }, { citext }] = (await Promise.all(
		options.modules.map((url) => import(url))
	)) as Modules;
	let pglite: PGlite;
	let sessions = 0;
	// PGlite's reply, copied out of its WebAssembly memory as it is written. The stream variant:
	// plain execProtocolRaw also parses every reply in JavaScript and keeps the parsed messages
	// for good (a leak of a few KB a query), while pg parses the bytes on the other side anyway.
	const exec = async (data: Uint8Array): Promise<Uint8Array> => {
		const chunks: Uint8Array[] = [];
		let size = 0;
		await pglite.execProtocolRawStream(data, {
			onRawData: (chunk) => {
				chunks.push(chunk.slice());
				size += chunk.length;
			}
		});
		if (chunks.length === 1) return chunks[0] as Uint8Array;
		const whole = new Uint8Array(size);
		let at = 0;
		for (const chunk of chunks) {
			whole.set(chunk, at);
			at += chunk.length;
		}
		return whole;
	};
	try {
		pglite = await PGlite.create({
			dataDir: options.dataDir,
			loadDataDir: options.loadDataDir ? new Blob([options.loadDataDir]) : undefined,
			// Extensions must be passed on every open, not only when they are created.
			extensions: { pg_trgm, citext }
		});
	} catch (err) {
		port.postMessage({ id: 0, error: failure(err) } satisfies Reply);
		return;
	}
	port.postMessage({ id: 0 } satisfies Reply);
	const handle = async ({ op, data }: Request): Promise<Reply['data']> => {
		switch (op) {
			case 'exec':
				return exec(data ?? new Uint8Array(0));
			case 'session':
				// A new client on the one backend: whatever an earlier client left (an aborted
				// extended query, an open transaction, prepared statements, settings) is cleared.
				if (sessions++ > 0) {
					await exec(SYNC);
					await pglite.exec('rollback');
					await pglite.exec('discard all');
				}
				return undefined;
			case 'dump': {
				const file = await pglite.dumpDataDir('gzip');
				return new Uint8Array(await file.arrayBuffer());
			}
			case 'heap': {
				// Diagnostics (tests, benchmarks): the worker's heap in use after a full collection.
				const v8 = await import('node:v8');
				const vm = await import('node:vm');
				v8.setFlagsFromString('--expose-gc');
				(vm.runInNewContext('gc') as () => void)();
				return new Float64Array([v8.getHeapStatistics().used_heap_size]);
			}
			case 'close':
				await pglite.close();
				return undefined;
		}
		throw new Error(`unknown operation ${String(op)}`);
	};
	let queue = Promise.resolve();
	port.on('message', (message: Request) => {
		queue = queue.then(async () => {
			try {
				const data = await handle(message);
				port.postMessage(
					{ id: message.id, data } satisfies Reply,
					data ? [data.buffer as ArrayBuffer] : []
				);
			} catch (err) {
				port.postMessage({ id: message.id, error: failure(err) } satisfies Reply);
			}
			if (message.op === 'close') port.close();
		});
	});
}

// Only in the worker that embedded.ts starts: importing this file elsewhere runs nothing.
if (parentPort && (workerData as { embeddedDatabase?: WorkerData } | null)?.embeddedDatabase)
	void serve(parentPort, (workerData as { embeddedDatabase: WorkerData }).embeddedDatabase);
