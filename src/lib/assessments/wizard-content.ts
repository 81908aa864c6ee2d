// The questionnaire text a wizard needs, in one language only: pages send this to the browser
// rather than the full bilingual files.
import type { Locale } from '$lib/i18n/locale';
import { Packed } from '$lib/packed';
import type { Bilingual, ScoredQuestionnaire } from '$lib/questionnaires/schema';

export interface WizardStatement {
	id: string;
	text: string;
	/** Descriptions of levels 0…4 for this statement. */
	levels: string[];
}

export interface WizardItem {
	id: string;
	lens: string;
	title: string;
	guidance: string;
	statements: WizardStatement[];
	/**
	 * Only the item's id and the number of its statements are here yet (the statements are
	 * placeholders without ids): the text comes with the full content (see `outline`).
	 */
	pending?: true;
}

export interface WizardLens {
	id: string;
	title: string;
	items: WizardItem[];
}

export function pick(text: Bilingual, locale: Locale): string {
	return text[locale];
}

// Questionnaire content is pinned and never changes: each one's text in each language is built
// once per process (keyed by the pinned content itself).
const built = new WeakMap<readonly ScoredQuestionnaire[], Partial<Record<Locale, WizardLens[]>>>();

export function wizardContent(
	lenses: readonly ScoredQuestionnaire[],
	locale: Locale
): WizardLens[] {
	let byLocale = built.get(lenses);
	if (!byLocale) built.set(lenses, (byLocale = {}));
	return (byLocale[locale] ??= lenses.map((lens) => ({
		id: lens.id,
		title: pick(lens.title, locale),
		items: lens.items.map((item) => ({
			id: item.id,
			lens: lens.id,
			title: pick(item.title, locale),
			guidance: pick(item.guidance, locale),
			statements: item.statements.map((s) => ({
				id: s.id,
				text: pick(s.text, locale),
				levels: s.levels.map((l) => pick(l, locale))
			}))
		}))
	})));
}

/** "lens/item" positions in order, for navigation and resume. */
export function positions(lenses: readonly WizardLens[]): string[] {
	return lenses.flatMap((l) => l.items.map((i) => `${l.id}/${i.id}`));
}

/**
 * What a question page sends with its HTML: the item being answered in full and, of the others,
 * only their ids and how many statements each has — enough for progress, navigation and
 * resuming (answers are keyed by item and statement, so they are counted by item). The
 * wizard fetches the rest once, from a URL the browser caches (`…/content.json`), and draws the
 * section overview from it; so the page itself stays small and fast to serve.
 */
export interface OutlineLens {
	id: string;
	title: string;
	items: [item: string, statements: number][];
}

export interface WizardOutline {
	/** The same for every respondent: packed once per questionnaire set and language. */
	lenses: Packed<OutlineLens[]>;
	current: WizardItem;
}

const packed = new WeakMap<readonly WizardLens[], Packed<OutlineLens[]>>();

function outlineLenses(lenses: readonly WizardLens[]): Packed<OutlineLens[]> {
	let found = packed.get(lenses);
	if (!found) {
		found = new Packed(
			lenses.map((lens) => ({
				id: lens.id,
				title: lens.title,
				items: lens.items.map((i): [string, number] => [i.id, i.statements.length])
			}))
		);
		packed.set(lenses, found);
	}
	return found;
}

export function outline(lenses: readonly WizardLens[], current: string | null): WizardOutline {
	const all = positions(lenses);
	const keep = current && all.includes(current) ? current : all[0];
	const item = lenses.flatMap((l) => l.items).find((i) => `${i.lens}/${i.id}` === keep);
	if (!item) throw new Error('a questionnaire without items');
	return { lenses: outlineLenses(lenses), current: item };
}

/** The wizard's working copy of an outline: items not sent yet are `pending`, without text. */
export function expand(sent: WizardOutline): WizardLens[] {
	return sent.lenses.value.map((lens) => ({
		id: lens.id,
		title: lens.title,
		items: lens.items.map(([id, statements]) =>
			lens.id === sent.current.lens && id === sent.current.id
				? sent.current
				: {
						id,
						lens: lens.id,
						title: '',
						guidance: '',
						// Placeholders: only their number is known until the text arrives.
						statements: Array.from({ length: statements }, () => ({
							id: '',
							text: '',
							levels: []
						})),
						pending: true as const
					}
		)
	}));
}

/**
 * How many statements of these items have an answer. Answers are keyed "item/statement", so
 * they are counted by item: the items of an outline that are not here yet have no statement ids.
 */
export function answeredCount(
	items: readonly Pick<WizardItem, 'id'>[],
	answers: Readonly<Record<string, unknown>>
): number {
	const ids = new Set(items.map((i) => i.id));
	let n = 0;
	for (const [key, answer] of Object.entries(answers))
		if (answer !== undefined && ids.has(key.slice(0, key.indexOf('/')))) n++;
	return n;
}
