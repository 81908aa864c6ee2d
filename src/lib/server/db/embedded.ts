// The embedded engine (PGlite) runs in a worker thread of its own. PostgreSQL compiled to
// WebAssembly executes on whichever thread calls it; in the server's own thread every query
// would stop all rendering while it ran. In a worker it runs beside the rendering, as a real
// PostgreSQL server runs beside it in its own process.
//
// The two threads speak PostgreSQL's wire protocol. `pg` is handed a socket (`EmbeddedSocket`)
// whose bytes go to the worker, which feeds them to PGlite and sends back PGlite's reply: `pg`
// itself serialises and parses, exactly as it does against a server. The messages `pg` writes in
// one go (parse, bind, describe, execute, sync) travel together, one round trip per query.
//
// PGlite is one backend, so one session: the pool that uses these sockets holds one client.
import { createRequire } from 'node:module';
import { Duplex } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Op, Reply, Request, WorkerData } from './embedded-worker';
import { WORKER_SOURCE } from './embedded-worker.generated';

export interface EmbeddedOptions {
	/** A data directory, or `memory://`. */
	dataDir: string;
	/** A dumped data directory (`dumpDataDir`) to start from instead of running initdb. */
	loadDataDir?: Blob;
}

function workerError(error: NonNullable<Reply['error']>): Error {
	const err = new Error(error.message);
	if (error.stack)
		err.stack = `${error.message}\n    in the embedded database's worker:\n${error.stack}`;
	return err;
}

/** PGlite in its own thread. */
export class EmbeddedServer {
	readonly #worker: Worker;
	readonly #pending = new Map<number, { resolve(r: Reply): void; reject(e: Error): void }>();
	readonly #exited: Promise<void>;
	readonly #opened: Promise<Reply>;
	#next = 1;
	#failure: Error | undefined;
	#closed = false;
	#closing: Promise<void> | undefined;

	private constructor(worker: Worker) {
		this.#worker = worker;
		// Id 0 is the worker's report that PGlite is open (or why it is not); it comes unasked.
		this.#opened = new Promise<Reply>((resolve, reject) =>
			this.#pending.set(0, { resolve, reject })
		);
		this.#exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
		worker.on('message', (reply: Reply) => {
			const waiting = this.#pending.get(reply.id);
			if (!waiting) return;
			this.#pending.delete(reply.id);
			if (this.#pending.size === 0) worker.unref();
			if (reply.error) waiting.reject(workerError(reply.error));
			else waiting.resolve(reply);
		});
		const fail = (err: Error) => {
			this.#failure ??= err;
			for (const waiting of this.#pending.values()) waiting.reject(this.#failure);
			this.#pending.clear();
		};
		worker.on('error', fail);
		worker.on('exit', (code) => {
			this.#closed = true;
			fail(
				new Error(
					this.#closing
						? 'The embedded database is closed.'
						: `The embedded database's worker stopped (exit code ${code}).`
				)
			);
		});
	}

	static async start(options: EmbeddedOptions): Promise<EmbeddedServer> {
		const require = createRequire(import.meta.url);
		const modules = [
			'@electric-sql/pglite',
			'@electric-sql/pglite/contrib/pg_trgm',
			'@electric-sql/pglite/contrib/citext'
		].map((name) => pathToFileURL(require.resolve(name)).href) as WorkerData['modules'];
		const loadDataDir = options.loadDataDir && (await options.loadDataDir.arrayBuffer());
		const embeddedDatabase: WorkerData = { modules, dataDir: options.dataDir, loadDataDir };
		// The worker is embedded-worker.ts, compiled to text: a module of its own, started from it.
		const worker = new Worker(
			new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`),
			{
				workerData: { embeddedDatabase },
				transferList: loadDataDir ? [loadDataDir] : []
			}
		);
		const server = new EmbeddedServer(worker);
		try {
			await server.#opened;
		} catch (err) {
			await worker.terminate();
			throw err;
		}
		return server;
	}

	/** One request to the worker. The worker keeps the process alive only while one is open. */
	#call(op: Op, data?: Uint8Array): Promise<Reply> {
		if (this.#failure) return Promise.reject(this.#failure);
		if (this.#closed) return Promise.reject(new Error('The embedded database is closed.'));
		const id = this.#next++;
		return new Promise<Reply>((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			this.#worker.ref();
			const request: Request = { id, op, data };
			this.#worker.postMessage(request, data ? [data.buffer as ArrayBuffer] : []);
		});
	}

	/** Runs protocol messages; resolves to PGlite's whole reply. */
	async exec(messages: Uint8Array): Promise<Uint8Array> {
		const { data } = await this.#call('exec', messages);
		return data instanceof Uint8Array ? data : new Uint8Array(0);
	}

	/** Starts a fresh session on the backend for a new client. */
	async session(): Promise<void> {
		await this.#call('session');
	}

	/** The data directory as a gzipped tarball (PGlite's `dumpDataDir`). */
	async dumpDataDir(): Promise<Blob> {
		const { data } = await this.#call('dump');
		return new Blob([data as Uint8Array<ArrayBuffer>]);
	}

	/** Bytes in use on the worker's heap after a full garbage collection (diagnostics). */
	async heapUsed(): Promise<number> {
		const { data } = await this.#call('heap');
		return data instanceof Float64Array ? (data[0] ?? NaN) : NaN;
	}

	/** A socket for one `pg` client. */
	socket(): EmbeddedSocket {
		return new EmbeddedSocket(this);
	}

	get closed(): boolean {
		return this.#closed;
	}

	/** Shuts PGlite down cleanly and ends the worker; at most once. */
	close(): Promise<void> {
		return (this.#closing ??= (async () => {
			if (!this.#closed) {
				try {
					await this.#call('close');
				} finally {
					this.#closed = true;
					await this.#worker.terminate();
				}
			}
			await this.#exited;
		})());
	}
}

/** What `pg` takes for a TCP socket: bytes written go to PGlite, its replies come back as data. */
export class EmbeddedSocket extends Duplex {
	readonly #server: EmbeddedServer;
	#outgoing: Buffer[] = [];
	#scheduled = false;
	#inFlight: Promise<void> = Promise.resolve();

	constructor(server: EmbeddedServer) {
		super();
		this.#server = server;
	}

	connect(): this {
		this.#server.session().then(
			() => this.emit('connect'),
			(err: Error) => this.destroy(err)
		);
		return this;
	}

	setNoDelay(): this {
		return this;
	}

	setKeepAlive(): this {
		return this;
	}

	// The worker, not the socket, decides whether the process stays alive (EmbeddedServer#call).
	ref(): this {
		return this;
	}

	unref(): this {
		return this;
	}

	override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
		this.#outgoing.push(chunk);
		// What `pg` writes in one synchronous run (a whole extended query) goes in one message.
		if (!this.#scheduled) {
			this.#scheduled = true;
			queueMicrotask(() => this.#send());
		}
		callback();
	}

	#send(): void {
		this.#scheduled = false;
		const chunks = this.#outgoing;
		this.#outgoing = [];
		if (chunks.length === 0) return;
		const whole = new Uint8Array(Buffer.concat(chunks));
		this.#inFlight = this.#inFlight
			.then(() => this.#server.exec(whole))
			.then(
				(reply) => {
					if (reply.byteLength && !this.destroyed)
						this.push(Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength));
				},
				(err: Error) => {
					this.destroy(err);
				}
			);
	}

	override _read(): void {}

	override _final(callback: () => void): void {
		this.#send();
		void this.#inFlight.then(() => {
			this.push(null);
			callback();
		});
	}
}
