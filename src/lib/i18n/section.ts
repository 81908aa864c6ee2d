// A layout load's helper: the message namespaces of one area of the app, for `t`.
import type { ServerLoadEvent } from '@sveltejs/kit';
import { pickMessages, type Namespace } from './catalogue';

export function sectionLoad(...names: Namespace[]) {
	return ({ locals }: Pick<ServerLoadEvent, 'locals'>) => ({
		sectionMessages: pickMessages(locals.locale, names)
	});
}
