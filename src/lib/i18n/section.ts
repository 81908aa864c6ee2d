// Message namespaces travel with the pages that use them. Each namespace is its own data key
// (`messages_<namespace>`), so what the root layout, an area's layout and a page send add up
// (SvelteKit merges data keys from layouts and page) instead of replacing one another.
import type { ServerLoadEvent } from '@sveltejs/kit';
import type { Locale } from './locale';
import type { Messages } from './translate';
import { catalogues, type Namespace } from './catalogue';

export type MessageKey = `messages_${string}`;

/** For a load's return value: the named namespaces of the catalogue, in one language. */
export function sectionMessages(
	locale: Locale,
	...names: Namespace[]
): Partial<Record<MessageKey, Messages>> {
	const all = catalogues[locale];
	const out: Partial<Record<MessageKey, Messages>> = {};
	for (const name of names) out[`messages_${name}`] = (all[name] as Messages | undefined) ?? {};
	return out;
}

/** A layout's whole load: the namespaces of one area of the app. */
export function sectionLoad(...names: Namespace[]) {
	return ({ locals }: Pick<ServerLoadEvent, 'locals'>) => sectionMessages(locals.locale, ...names);
}
