// The roadmap renderer's thread starts here. This module is tiny on purpose and only ever
// imported dynamically (renderer.ts), so that the build keeps it a file of its own whose URL
// the main thread can hand to `new Worker`. In the worker it first lowers the thread's priority
// (loading the renderer is a few hundred milliseconds of compiling, which already yields to the
// server), then loads the renderer itself.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { RenderReply } from './render-worker';

export const RENDERER_ROLE = 'crm-readiness:roadmap-renderer';

/**
 * Lowers this thread's scheduling priority (Linux: a thread has its own nice value, set through
 * its thread id), so that on a busy machine the event loop, the database and a running workshop
 * get the cores first and a render takes what is left. Elsewhere nothing changes.
 */
export function lowerThreadPriority(): number | null {
	try {
		const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
		if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return null;
		// Ten steps below the process (19 is the lowest there is).
		setPriority(tid, Math.min(19, getPriority(tid) + 10));
		return tid;
	} catch {
		return null;
	}
}

/** Where this module is: the build's chunk in production, the TypeScript source in development. */
export const workerUrl: string = import.meta.url;

if (
	!isMainThread &&
	parentPort &&
	(workerData as { role?: string } | null)?.role === RENDERER_ROLE
) {
	const port = parentPort;
	port.postMessage({ tid: lowerThreadPriority() } satisfies RenderReply);
	void import('./render-worker').then((worker) => worker.serve(port, workerData));
}
