// The list's state lives in the URL, so a filtered page can be bookmarked, shared and exported.
export interface ListState {
	q: string;
	tier?: string;
	tag?: string;
	channel?: string;
	owner?: string;
	satisfaction?: string;
	sort: string;
	archived: boolean;
}

/** The query string for `state`, with `extra` (a cursor) added; defaults are left out. */
export function listSearch(state: ListState, extra: Record<string, string> = {}): string {
	const p = new URLSearchParams();
	const { archived, sort, ...rest } = state;
	for (const [k, v] of Object.entries(rest)) if (v) p.set(k, v);
	if (sort !== 'name') p.set('sort', sort);
	if (archived) p.set('archived', '1');
	for (const [k, v] of Object.entries(extra)) p.set(k, v);
	const s = p.toString();
	return s ? `?${s}` : '';
}
