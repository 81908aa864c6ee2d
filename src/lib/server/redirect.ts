// Where a request may send the browser next (`/login?next=`, `/signup?next=`, `/language`'s
// `redirectTo`): only a path of this origin. Anything else falls back to a safe page of ours,
// and never to a 500 (a Location header cannot carry CR, LF or non-Latin-1 characters).

const BASE = 'http://same-origin.invalid';

// Browsers strip tab, CR and LF anywhere in a URL (`/\t/evil.example` is `//evil.example`) and
// read `\` as `/`; C0 and C1 controls and DEL have no place in a path either.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BACKSLASH = /[\u0000-\u001F\u007F-\u009F\\]/;
// Characters a browser may read as a dot or a slash in a host name (IDNA maps the ideographic
// and full-width dots to '.'): `/。/evil。example` must not become a host.
const LOOK_ALIKES =
	/[\u2024\u2025\u2026\u2044\u2215\u29F8\u29F9\u3002\uFE52\uFE68\uFF0E\uFF0F\uFF3C\uFF61]/;

function lookAlike(target: string): boolean {
	if (LOOK_ALIKES.test(target)) return true;
	// Any other character whose compatibility form holds a dot, a slash or a backslash.
	for (const ch of target)
		if (ch.charCodeAt(0) > 0x7f && /[./\\]/.test(ch.normalize('NFKC'))) return true;
	return false;
}

/**
 * `target` when it is a path of this origin (as a percent-encoded path, query and fragment that
 * can go into a Location header as it is); otherwise `fallback`.
 */
export function safeRedirect(target: string | null | undefined, fallback: string): string {
	if (!target || target.length > 2000) return fallback;
	if (!target.startsWith('/') || target.startsWith('//')) return fallback;
	if (CONTROL_OR_BACKSLASH.test(target) || lookAlike(target)) return fallback;
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return fallback;
	}
	if (url.origin !== BASE) return fallback;
	const out = `${url.pathname}${url.search}${url.hash}`;
	// What the URL parser made of it must itself be a plain path of ours.
	return out.startsWith('/') && !out.startsWith('//') && /^[\x21-\x7E]*$/.test(out)
		? out
		: fallback;
}
