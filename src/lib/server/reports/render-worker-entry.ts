// The roadmap renderer's thread starts here. This module is tiny on purpose and only ever
// imported dynamically (renderer.ts), so that the build keeps it a file of its own whose URL
// the main thread can hand to `new Worker`; in the worker it loads the renderer itself.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

export const RENDERER_ROLE = 'crm-readiness:roadmap-renderer';

/** Where this module is: the build's chunk in production, the TypeScript source in development. */
export const workerUrl: string = import.meta.url;

if (
	!isMainThread &&
	parentPort &&
	(workerData as { role?: string } | null)?.role === RENDERER_ROLE
) {
	const port = parentPort;
	void import('./render-worker').then((worker) => worker.serve(port, workerData));
}
