// Evidence that can contradict an answer (issue 15 §7). Self-assessments flatter; the customer
// register's own figures need not. A statement declares in the questionnaire data which figure
// bears on it and what a level requires (`evidence`); where the register holds enough customers
// and the level given breaks a requirement, the statement is flagged — "the register disagrees"
// — with the figure beside the claim. A flag never changes a score. Pure: no I/O, runs in the
// browser too (the workshop's discussion list re-reads it as the room's levels move).
import type {
	EvidenceFigure,
	EvidenceRequirement,
	ScoredQuestionnaire
} from '$lib/questionnaires/schema';
import type { RegisterEvidence } from '$lib/register/evidence';

/** Below this many customers behind a figure, the register is not compared with any answer. */
export const MIN_CUSTOMERS = 50;

/** A register figure: a share (0–1) and how many customers it is computed over. */
export interface Figure {
	value: number;
	base: number;
}

/** Figures the register can give; one is absent when it cannot be computed at all. */
export type RegisterFigures = Partial<Record<EvidenceFigure, Figure>>;

/** A requirement the level given breaks, with the register's figure. */
export interface Breach {
	figure: EvidenceFigure;
	value: number;
	base: number;
	/** The requirement: from this level up… */
	from: number;
	/** …the figure must be at most / at least this share. */
	direction: 'atMost' | 'atLeast';
	bound: number;
}

export interface EvidenceFlag {
	item: string;
	statement: string;
	/** The level given: the agreed level where the view uses it, the crowd's mean otherwise. */
	level: number;
	/** One per figure (the broken requirement of the highest level), in declaration order. */
	breaches: Breach[];
}

// Shares computed by division are compared with bounds written as decimals (0.02).
const EPS = 1e-9;

/** The figures statements can be checked against, from the register's summary. */
export function registerFigures(e: RegisterEvidence): RegisterFigures {
	const n = e.customers;
	const share = (x: number) => (n > 0 ? x / n : 0);
	const field = (f: string) => e.completeness.fields.find((x) => x.field === f)?.share ?? 0;
	const figures: RegisterFigures = {
		duplicate_rate: { value: e.duplicates.rate, base: n },
		completeness: { value: e.completeness.overall, base: n },
		contact_completeness: { value: (field('email') + field('phone')) / 2, base: n },
		satisfaction_measured: { value: share(e.satisfaction.measured), base: n },
		reached_90_days: { value: e.interactions.reachedShare, base: n },
		value_recorded: { value: share(e.value.recorded), base: n }
	};
	// The Pareto concentration is over the customers with an annual value only.
	if (e.value.top20Share !== null)
		figures.top20_share = { value: e.value.top20Share, base: e.value.recorded };
	return figures;
}

/** The requirements a level breaks: none without a level or without enough customers. */
export function breaches(
	requirements: readonly EvidenceRequirement[] | undefined,
	level: number | null,
	figures: RegisterFigures
): Breach[] {
	if (level === null || !requirements) return [];
	const byFigure = new Map<EvidenceFigure, Breach>();
	for (const r of requirements) {
		if (level < r.from - EPS) continue;
		const f = figures[r.figure];
		if (!f || f.base < MIN_CUSTOMERS) continue;
		const breach: Breach | null =
			r.atMost !== undefined
				? f.value > r.atMost + EPS
					? { ...f, figure: r.figure, from: r.from, direction: 'atMost', bound: r.atMost }
					: null
				: f.value < (r.atLeast ?? 0) - EPS
					? { ...f, figure: r.figure, from: r.from, direction: 'atLeast', bound: r.atLeast ?? 0 }
					: null;
		if (!breach) continue;
		const before = byFigure.get(r.figure);
		if (!before || breach.from > before.from) byFigure.set(r.figure, breach);
	}
	return [...byFigure.values()];
}

/**
 * Every flagged statement of the lenses, in questionnaire order. `levelOf` gives the level of
 * a statement ("item/statement" key's parts) as the view scores it, or null when unknown.
 */
export function evidenceFlags(
	lenses: readonly ScoredQuestionnaire[],
	levelOf: (item: string, statement: string) => number | null,
	figures: RegisterFigures
): EvidenceFlag[] {
	return lenses.flatMap((lens) =>
		lens.items.flatMap((item) =>
			item.statements.flatMap((s) => {
				if (!s.evidence) return [];
				const level = levelOf(item.id, s.id);
				const found = breaches(s.evidence, level, figures);
				return found.length && level !== null
					? [{ item: item.id, statement: s.id, level, breaches: found }]
					: [];
			})
		)
	);
}

/** What the workshop's discussion list is sent: requirements by "item/statement" key. */
export interface LiveRegister {
	requirements: Record<string, EvidenceRequirement[]>;
	figures: RegisterFigures;
}

/**
 * The live discussion list's flags by "item/statement" key: the level given is the one the room
 * agreed on where recorded, else the crowd's mean (null while withheld for anonymity).
 */
export function liveFlags(
	entries: readonly { key: string; agreed: number | null }[],
	meanOf: (key: string) => number | null,
	register: LiveRegister
): Map<string, { level: number; breaches: Breach[] }> {
	const out = new Map<string, { level: number; breaches: Breach[] }>();
	for (const { key, agreed } of entries) {
		const level = agreed ?? meanOf(key);
		const found = breaches(register.requirements[key], level, register.figures);
		if (found.length && level !== null) out.set(key, { level, breaches: found });
	}
	return out;
}

/** The declared requirements by "item/statement" key: what the live workshop page is sent. */
export function requirementsOf(
	lenses: readonly ScoredQuestionnaire[]
): Record<string, EvidenceRequirement[]> {
	return Object.fromEntries(
		lenses.flatMap((lens) =>
			lens.items.flatMap((item) =>
				item.statements.flatMap((s) => (s.evidence ? [[`${item.id}/${s.id}`, s.evidence]] : []))
			)
		)
	);
}

/** A share as the pages print it: a percentage with at most one decimal. */
export const percent = (share: number) => Math.round(share * 1000) / 10;
