// Checks or applies an import while streaming its progress as lines of JSON, so the page can
// show a progress bar for a large file. Without JavaScript the page's form actions do the same.
import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { readForm } from '$lib/server/register/form';
import { requireImport } from '$lib/server/register/import/guard';
import { parseOptions } from '$lib/server/register/import/options';
import { engineOf, runImport } from '$lib/server/register/import/run';

export const POST = async (event) => {
	const { ctx, imp } = await requireImport(event);
	const raw = await readForm(event.request);
	if (!raw) return json({ errors: { _form: { key: 'errors.bad_request' } } }, { status: 400 });
	const options = parseOptions(raw);
	if (!options.ok) return json({ errors: options.errors }, { status: 400 });
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			// A reader who leaves does not stop the run: the page shows its result when reopened.
			const send = (message: object) => {
				try {
					controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
				} catch {
					/* the client has gone */
				}
			};
			try {
				const summary = await runImport(database().db, imp, options.data, {
					userId: ctx.user.id,
					...engineOf(database()),
					dryRun: raw.intent !== 'run',
					onProgress: (p) => send({ type: 'progress', ...p })
				});
				send({ type: 'done', applied: summary.applied });
			} catch (err) {
				console.error('[register] import failed', err);
				send({ type: 'error', key: 'errors.server' });
			}
			try {
				controller.close();
			} catch {
				/* already closed by the client */
			}
		}
	});
	return new Response(body, {
		headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' }
	});
};
