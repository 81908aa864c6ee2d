// The questionnaire text a wizard needs, in one language only: pages send this to the browser
// rather than the full bilingual files.
import type { Locale } from '$lib/i18n/locale';
import { Packed } from '$lib/packed';
import { askedContent, type Audience } from '$lib/questionnaires/audience';
import type { Bilingual, ScoredQuestionnaire, Stage } from '$lib/questionnaires/schema';

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

/**
 * The wizard for one respondent: only the statements put to their audience at the assessment's
 * stage, in that stage's words (see questionnaires/audience.ts).
 */
export function askedWizard(
	lenses: readonly ScoredQuestionnaire[],
	audience: Audience,
	stage: Stage | null,
	locale: Locale
): WizardLens[] {
	return wizardContent(askedContent(lenses, audience, stage), locale);
}

/**
 * What the content URL carries besides the language, so that the browser's cached copy (kept
 * for a year) changes when the cut does: a participant's layer, or a stage set later.
 */
export function cutParameter(audience: Audience, stage: Stage | null): string {
	return `${audience}.${stage ?? 'live'}`;
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

// Per questionnaire set and language (the same objects for every respondent), the positions
// and the item at each are found once, not on every page view.
const indexes = new WeakMap<
	readonly WizardLens[],
	{ all: readonly string[]; at: ReadonlyMap<string, WizardItem> }
>();

function indexOf(lenses: readonly WizardLens[]) {
	let found = indexes.get(lenses);
	if (!found) {
		const all = positions(lenses);
		const items = lenses.flatMap((l) => l.items);
		found = { all, at: new Map(all.map((p, i) => [p, items[i] as WizardItem])) };
		indexes.set(lenses, found);
	}
	return found;
}

export function outline(lenses: readonly WizardLens[], current: string | null): WizardOutline {
	const { all, at } = indexOf(lenses);
	const item = (current !== null && at.get(current)) || at.get(all[0] ?? '');
	if (!item) throw new Error('a questionnaire without items');
	return { lenses: outlineLenses(lenses), current: item };
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

// Every item pending, and their positions, built once per outline received (on the server:
// once per questionnaire set and language) and shared, frozen, by every page drawn from it;
// only the item sent whole differs from one page to the next.
const skeletons = new WeakMap<
	Packed<OutlineLens[]>,
	{ lenses: readonly WizardLens[]; positions: readonly string[] }
>();

function skeleton(sent: Packed<OutlineLens[]>) {
	let found = skeletons.get(sent);
	if (!found) {
		const lenses = deepFreeze(
			sent.value.map((lens) => ({
				id: lens.id,
				title: lens.title,
				items: lens.items.map(([id, statements]) => ({
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
				}))
			}))
		);
		found = { lenses, positions: Object.freeze(positions(lenses)) };
		skeletons.set(sent, found);
	}
	return found;
}

/** The wizard's working copy of an outline: items not sent yet are `pending`, without text. */
export function expand(sent: WizardOutline): WizardLens[] {
	return skeleton(sent.lenses).lenses.map((lens) =>
		lens.id === sent.current.lens
			? { ...lens, items: lens.items.map((i) => (i.id === sent.current.id ? sent.current : i)) }
			: lens
	);
}

/** The positions of an outline's items, in order (computed once per outline received). */
export function positionsOf(sent: WizardOutline): readonly string[] {
	return skeleton(sent.lenses).positions;
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
