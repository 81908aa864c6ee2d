// Message namespaces travel with the pages that use them. Each namespace is its own data key
// (`messages_<namespace>`), so what the root layout, an area's layout and a page send add up
// (SvelteKit merges data keys from layouts and page) instead of replacing one another. Each is
// a Packed table, serialised once per language for the life of the process.
import type { ServerLoadEvent } from '@sveltejs/kit';
import { Packed } from '$lib/packed';
import { catalogues, type Namespace } from './catalogue';
import type { Locale } from './locale';
import type { Messages } from './translate';

export type MessageKey = `messages_${string}`;
export type MessageTable = Packed<Messages>;

const tables = new Map<string, MessageTable>();

function table(locale: Locale, name: Namespace): MessageTable {
	const key = `${locale}/${name}`;
	let found = tables.get(key);
	if (!found) tables.set(key, (found = new Packed((catalogues[locale][name] ?? {}) as Messages)));
	return found;
}

/** For a load's return value: the named namespaces of the catalogue, in one language. */
export function sectionMessages(
	locale: Locale,
	...names: Namespace[]
): Partial<Record<MessageKey, MessageTable>> {
	const out: Partial<Record<MessageKey, MessageTable>> = {};
	for (const name of names) out[`messages_${name}`] = table(locale, name);
	return out;
}

/** A layout's whole load: the namespaces of one area of the app. */
export function sectionLoad(...names: Namespace[]) {
	return ({ locals }: Pick<ServerLoadEvent, 'locals'>) => sectionMessages(locals.locale, ...names);
}
