// pdfmake for Node, configured once: Vazirmatn, no network access and no file access beyond
// the font files, the right-to-left line layout, and shaped words shared between documents.
import { createRequire } from 'node:module';
import type { BufferOptions, TCreatedPdf, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fontDictionary, fontFiles } from './fonts';
import { installSharedLayoutCache } from './layout-cache';
import { installRtlLayout } from './rtl/install';
import { installStyleLookup } from './style-lookup';

type Pdfmake = {
	setFonts(fonts: typeof fontDictionary): void;
	setUrlAccessPolicy(policy: (url: string) => boolean): void;
	setLocalAccessPolicy(policy: (path: string) => boolean): void;
	createPdf(doc: TDocumentDefinitions, options?: BufferOptions): TCreatedPdf;
};

let configured: Pdfmake | undefined;

/** The process-wide pdfmake instance (its Node entry point is a singleton). */
export function pdfmake(): Pdfmake {
	if (configured) return configured;
	// Loaded through require so that it is the same module instance as the Renderer we hook.
	const instance = createRequire(import.meta.url)('pdfmake') as Pdfmake;
	installRtlLayout();
	installSharedLayoutCache();
	installStyleLookup();
	instance.setFonts(fontDictionary);
	// Documents are built from our own data: nothing in them may fetch a URL or read a file.
	instance.setUrlAccessPolicy(() => false);
	instance.setLocalAccessPolicy((path) => fontFiles.has(path));
	configured = instance;
	return instance;
}
