// Roadmaps are rendered on a thread of their own (render-worker.ts), started with the server so
// that it is warm before the first roadmap is asked for; it warms up step by step, each step
// (after loading the fonts) once this thread's event loop has been mostly idle for a moment, so
// a server started mid-workshop serves the workshop first. If the thread cannot start or dies,
// roadmaps render here, on the main thread, as before: slower for a running workshop, never
// lost. ROADMAP_RENDERER=inline renders here always (tests of that path, or a host that forbids
// threads).
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { renderPdf } from '$lib/server/pdf/render';
import type { RoadmapData } from './document/data';
import { buildRoadmap } from './document/roadmap';
import type { RenderCommand, RenderReply } from './render-worker';

type Waiting = {
	data: RoadmapData;
	resolve(pdf: Buffer): void;
	reject(err: Error): void;
};

// A thread that failed this many times is not started again: roadmaps render inline.
const MAX_STARTS = 3;
// The server counts as idle, and the thread may take its next warm-up step, when its event loop
// was busy less than this share of the last interval.
const IDLE_SHARE = 0.3;
const IDLE_INTERVAL_MS = 200;

let worker: Worker | null = null;
let starting: Promise<Worker | null> | null = null;
let starts = 0;
let nextId = 1;
const waiting = new Map<number, Waiting>();
const warmed: string[] = [];
// The thread's id in the operating system (Linux), whose priority the thread lowered.
let osThread: number | null = null;
// The warm-up step waiting for an idle moment, if any.
let warmUpWaiting: string | null = null;

const inline = () => process.env.ROADMAP_RENDERER === 'inline';

const counts = { thread: 0, inline: 0 };

function renderHere(data: RoadmapData): Promise<Buffer> {
	counts.inline++;
	return renderPdf(buildRoadmap(data));
}

/** Tells the thread to go on warming up once the event loop has been mostly idle for a while. */
function whenIdle(thread: Worker, step: string) {
	warmUpWaiting = step;
	let last = performance.eventLoopUtilization();
	const timer = setInterval(() => {
		if (worker !== thread) return clearInterval(timer);
		const now = performance.eventLoopUtilization();
		const busy = performance.eventLoopUtilization(now, last).utilization;
		last = now;
		if (busy >= IDLE_SHARE) return;
		clearInterval(timer);
		warmUpWaiting = null;
		thread.postMessage({ go: true } satisfies RenderCommand);
	}, IDLE_INTERVAL_MS);
	// Waiting to warm up never keeps a stopping server alive.
	timer.unref();
}

function lost(thread: Worker, reason: string) {
	if (worker === thread) worker = null;
	if (waiting.size === 0) return;
	console.error(`[roadmap renderer] ${reason}; rendering ${waiting.size} roadmap(s) inline`);
	const jobs = [...waiting.values()];
	waiting.clear();
	for (const job of jobs) renderHere(job.data).then(job.resolve, job.reject);
}

async function spawn(warmUp: boolean): Promise<Worker | null> {
	if (inline() || starts >= MAX_STARTS) return null;
	starts++;
	try {
		const { RENDERER_ROLE, workerUrl } = await import('./render-worker-entry');
		const workerData = { role: RENDERER_ROLE, warmUp };
		// In development and tests the module is TypeScript: the thread registers tsx first (a
		// development dependency; the build is plain JavaScript).
		const thread = workerUrl.endsWith('.ts')
			? new Worker(
					`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); })`,
					{ eval: true, workerData }
				)
			: new Worker(new URL(workerUrl), { workerData });
		thread.on('message', (reply: RenderReply) => {
			if ('tid' in reply) {
				osThread = reply.tid;
				return;
			}
			if ('idle' in reply) {
				whenIdle(thread, reply.idle);
				return;
			}
			if ('warmed' in reply) {
				warmed.push(`${reply.warmed} (${reply.ms} ms)`);
				return;
			}
			const job = waiting.get(reply.id);
			if (!job) return;
			waiting.delete(reply.id);
			if (waiting.size === 0) thread.unref();
			if ('pdf' in reply) {
				counts.thread++;
				job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
			} else job.reject(new Error(`the roadmap renderer failed: ${reply.error}`));
		});
		thread.on('error', (err) => lost(thread, `the thread failed (${err.message})`));
		thread.on('exit', (code) => lost(thread, `the thread ended (exit code ${code})`));
		// After the listeners (a 'message' listener refs the port again): an idle thread never
		// keeps the process alive, so a stopping server stops.
		thread.unref();
		worker = thread;
		return thread;
	} catch (err) {
		console.error(`[roadmap renderer] could not start a thread: ${(err as Error).message}`);
		return null;
	}
}

function thread(warmUp = true): Promise<Worker | null> {
	if (worker) return Promise.resolve(worker);
	starting ??= spawn(warmUp).finally(() => (starting = null));
	return starting;
}

/** Starts the renderer's thread and its warm-up (the server's init hook). */
export function startRoadmapRenderer(options: { warmUp?: boolean } = {}): void {
	void thread(options.warmUp ?? true);
}

/** The roadmap's PDF, rendered on the renderer's thread (or here, if it has none). */
export async function renderRoadmapPdf(data: RoadmapData): Promise<Buffer> {
	// Started by a roadmap rather than the server (a test, a script): no warm-up to wait behind.
	const target = await thread(false);
	if (!target) return renderHere(data);
	const id = nextId++;
	return new Promise<Buffer>((resolve, reject) => {
		waiting.set(id, { data, resolve, reject });
		// Held while a roadmap is on its way (a command-line export has nothing else to wait on).
		target.ref();
		target.postMessage({ id, data } satisfies RenderCommand);
	});
}

/** For tests and benchmarks: the thread, how many roadmaps rendered where, the warm-up done. */
export function rendererState() {
	return {
		thread: worker !== null,
		threadId: worker?.threadId ?? null,
		osThread,
		rendered: { ...counts },
		warmed: [...warmed],
		warmUpWaiting
	};
}

/** For tests: the thread dies as if it had crashed (its roadmaps render inline). */
export async function crashRendererForTests(): Promise<void> {
	await worker?.terminate();
}

/** For tests: ends the thread (the next roadmap starts a new one). */
export async function stopRoadmapRenderer(): Promise<void> {
	const thread = worker;
	worker = null;
	starts = 0;
	warmed.length = 0;
	warmUpWaiting = null;
	counts.thread = counts.inline = 0;
	if (thread) {
		thread.removeAllListeners('exit');
		await thread.terminate();
	}
}
