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
	/** Only the ids are here yet: the text comes with the full content (see `skeleton`). */
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
 * only their ids and their statements' ids — enough for progress, navigation and resuming. The
 * wizard fetches the rest once, from a URL the browser caches (`…/content.json`), and draws the
 * section overview from it; so the page itself stays small and fast to serve.
 */
export interface OutlineLens {
	id: string;
	title: string;
	items: [item: string, statements: string[]][];
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
				items: lens.items.map((i): [string, string[]] => [i.id, i.statements.map((st) => st.id)])
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
						statements: statements.map((st) => ({ id: st, text: '', levels: [] })),
						pending: true as const
					}
		)
	}));
}
