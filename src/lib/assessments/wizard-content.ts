// The questionnaire text a wizard needs, in one language only: pages send this to the browser
// rather than the full bilingual files.
import type { Locale } from '$lib/i18n/locale';
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

export function wizardContent(
	lenses: readonly ScoredQuestionnaire[],
	locale: Locale
): WizardLens[] {
	return lenses.map((lens) => ({
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
	}));
}

/** "lens/item" positions in order, for navigation and resume. */
export function positions(lenses: readonly WizardLens[]): string[] {
	return lenses.flatMap((l) => l.items.map((i) => `${l.id}/${i.id}`));
}

/**
 * What a question page sends with its HTML: the item being answered in full, every other item
 * as its title and statement ids only (enough for the overview and the progress bar). The
 * wizard fetches the rest once, from a URL the browser caches (`…/content.json`), so the page
 * itself stays small and fast to render.
 */
export function skeleton(lenses: readonly WizardLens[], current: string | null): WizardLens[] {
	const keep = current && positions(lenses).includes(current) ? current : positions(lenses)[0];
	return lenses.map((lens) => ({
		...lens,
		items: lens.items.map((item) =>
			`${lens.id}/${item.id}` === keep
				? item
				: {
						id: item.id,
						lens: item.lens,
						title: item.title,
						guidance: '',
						statements: item.statements.map((s) => ({ id: s.id, text: '', levels: [] })),
						pending: true as const
					}
		)
	}));
}
