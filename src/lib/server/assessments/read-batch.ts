import { error } from '@sveltejs/kit';
import { batchSchema, type BatchInput } from './schema';

const MAX_BYTES = 256 * 1024;

/** The JSON body of a save, validated; anything else is a 400 with a message key. */
export async function readBatch(request: Request): Promise<BatchInput> {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_BYTES) error(413, 'errors.payload_too_large');
	let body: unknown;
	try {
		const text = await request.text();
		if (text.length > MAX_BYTES) error(413, 'errors.payload_too_large');
		body = JSON.parse(text);
	} catch (e) {
		if (e && typeof e === 'object' && 'status' in e) throw e;
		error(400, 'errors.bad_request');
	}
	const parsed = batchSchema.safeParse(body);
	if (!parsed.success) {
		// A refusal the wizard can explain (an unknown "not applicable" reason) keeps its own key.
		const own = parsed.error.issues.find((i) => i.message.startsWith('respond.errors.'));
		error(400, own?.message ?? 'errors.bad_request');
	}
	return parsed.data;
}
