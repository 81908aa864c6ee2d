// adapter-node serves the built assets (/_app/immutable/…, /fonts/…, /favicon…) itself, before
// any SvelteKit hook runs, so the headers hook never sees them. Every response this process
// writes gets `X-Content-Type-Options: nosniff` here instead (unless it already has one), so a
// browser never second-guesses a static file's type (issue 17 §9). Installed once, from the
// server's init hook; the hook's own headers still apply to pages and endpoints.
import { ServerResponse } from 'node:http';

const INSTALLED = Symbol.for('crm-readiness.static-headers');

export function installStaticHeaders(): void {
	const proto = ServerResponse.prototype as ServerResponse & { [INSTALLED]?: true };
	if (proto[INSTALLED]) return;
	proto[INSTALLED] = true;
	const writeHead = proto.writeHead;
	proto.writeHead = function (this: ServerResponse, ...args: unknown[]) {
		if (!this.headersSent && !this.hasHeader('x-content-type-options'))
			this.setHeader('X-Content-Type-Options', 'nosniff');
		return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
	} as typeof proto.writeHead;
}
