// The only I/O step of a report: a pdfmake document definition in, PDF bytes out.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfmake } from './pdfmake';

// pdfmake writes its layout state into the nodes it is given, so a definition can be rendered
// only once. We render a copy; functions (headers, footers, table layouts) are shared, not copied.
function copy<T>(value: T): T {
	if (Array.isArray(value)) return value.map(copy) as T;
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = copy(v);
		return out as T;
	}
	return value;
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
	return pdfmake().createPdf(copy(doc)).getBuffer();
}
