// Every route of the app, read from src/routes, with its parameters, form actions and
// endpoint methods, so that the sweeps cover routes added later without being told.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RouteInfo {
	dir: string;
	/** e.g. /orgs/[orgId]/settings */
	pattern: string;
	params: string[];
	page: boolean;
	actions: string[];
	methods: string[];
}

const ROOT = 'src/routes';

function actionNames(file: string): string[] {
	const src = readFileSync(file, 'utf8');
	const start = src.indexOf('export const actions');
	if (start < 0) return [];
	const body = src.slice(start);
	return [...body.matchAll(/^\t([a-zA-Z_]\w*): async/gm)].map((m) => m[1] as string);
}

function methods(file: string): string[] {
	const src = readFileSync(file, 'utf8');
	return [
		...src.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)
	].map((m) => m[1] as string);
}

export function listRoutes(dir = ROOT): RouteInfo[] {
	const out: RouteInfo[] = [];
	const files = readdirSync(dir);
	const has = (f: string) => files.includes(f);
	const rel = dir.slice(ROOT.length) || '/';
	const pattern = rel
		.split('/')
		.filter((s) => s && !/^\(.*\)$/.test(s))
		.join('/');
	const url = `/${pattern}`;
	const params = [...url.matchAll(/\[+(?:\.\.\.)?(\w+)\]+/g)].map((m) => m[1] as string);
	const page = has('+page.svelte') || has('+page.server.ts') || has('+page.ts');
	const server = join(dir, '+page.server.ts');
	const endpoint = join(dir, '+server.ts');
	if (page || existsSync(endpoint)) {
		out.push({
			dir,
			pattern: url,
			params,
			page: has('+page.svelte'),
			actions: existsSync(server) ? actionNames(server) : [],
			methods: existsSync(endpoint) ? methods(endpoint) : []
		});
	}
	for (const f of files) {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) out.push(...listRoutes(p));
	}
	return out;
}

export function fill(pattern: string, values: Record<string, string>): string {
	return pattern.replace(/\[+(?:\.\.\.)?(\w+)\]+/g, (_, name: string) => {
		const v = values[name];
		if (v === undefined) throw new Error(`no value for [${name}] in ${pattern}`);
		return encodeURIComponent(v);
	});
}

/** Where a browser posts a form action: the page itself for the default action. */
export function actionUrl(url: string, action: string): string {
	return action === 'default' ? url : `${url}?/${action}`;
}
