// What the register says about an organisation, as plain data: the shape that
// registerEvidence() (server) returns and the dashboard, the results page and the plan show.
// The notes below turn it into observations for the "Information" building block and the
// "Customer identification" and "Data management" goals. Pure: no I/O, same in the browser.
import type { Distribution } from './satisfaction';

export const COMPLETENESS_FIELDS = [
	'email',
	'phone',
	'city',
	'industry',
	'tier',
	'tags',
	'channel',
	'annual_value',
	'acquisition_source',
	'acquisition_cost',
	'owner',
	'satisfaction'
] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

export interface ParetoPoint {
	/** Share of customers (0–1), largest annual value first. */
	customers: number;
	/** Share of the total annual value they bring (0–1). */
	value: number;
}

export interface SatisfactionGroup {
	/** A tier or segment name; null: customers without one. */
	name: string | null;
	customers: number;
	measured: Distribution;
}

export interface RegisterEvidence {
	/** Active (not archived) customers; every figure below is about them. */
	customers: number;
	archived: number;
	value: {
		/** Customers with an annual value recorded. */
		recorded: number;
		total: number;
		/** Share of the total value from the top 20% of those customers; null without values. */
		top20Share: number | null;
		/** 21 points from 0% to 100% of customers. */
		curve: ParetoPoint[];
		/** Mean acquisition cost where recorded (DOMAIN 003's demand-generation cost KPI). */
		averageAcquisitionCost: number | null;
	};
	tiers: { name: string | null; customers: number; value: number }[];
	satisfaction: {
		overall: Distribution;
		/** Customers with at least one satisfaction entry. */
		measured: number;
		averageGap: number | null;
		byTier: SatisfactionGroup[];
		bySegment: SatisfactionGroup[];
	};
	completeness: {
		fields: { field: CompletenessField; filled: number; share: number }[];
		/** Mean share over the fields (0–1). */
		overall: number;
	};
	duplicates: {
		/** Customers sharing a normalised email or phone with another customer. */
		customers: number;
		rate: number;
	};
	consent: { given: number; share: number };
	interactions: { last90Days: number; customersReached: number; reachedShare: number };
}

export type EvidenceTarget = 'information' | 'customer_identification' | 'data_management';
export type Tone = 'good' | 'warn' | 'bad' | 'info';

/**
 * One observation: a message key under register.evidence.notes, its parameters and a tone.
 * `fields` (ids, named by register.fields.<id>) fill the message's {gaps} once translated.
 */
export interface EvidenceNote {
	key: string;
	params: Record<string, string | number>;
	tone: Tone;
	fields?: CompletenessField[];
}

const pct = (share: number) => Math.round(share * 100);

function graded(share: number, good: number, warn: number): Tone {
	return share >= good ? 'good' : share >= warn ? 'warn' : 'bad';
}

function note(key: string, tone: Tone, params: Record<string, string | number> = {}): EvidenceNote {
	return { key: `register.evidence.notes.${key}`, params, tone };
}

/** Completeness, naming the three least complete fields: the ones to fill in first. */
function completeness(e: RegisterEvidence): EvidenceNote {
	const fields = [...e.completeness.fields]
		.sort((a, b) => a.share - b.share)
		.slice(0, 3)
		.map((f) => f.field);
	return {
		...note('completeness', graded(e.completeness.overall, 0.8, 0.5), {
			percent: pct(e.completeness.overall)
		}),
		fields
	};
}

/**
 * Observations for one assessment target. Thresholds: completeness good from 80%, weak below
 * 50%; duplicates good up to 2%, bad above 5%; annual value and tiers good when recorded for
 * 80% of customers; interactions good when half the customers were reached in 90 days.
 */
export function evidenceNotes(e: RegisterEvidence, target: EvidenceTarget): EvidenceNote[] {
	if (e.customers === 0) return [note('empty', 'info')];
	const withTier = e.tiers.filter((t) => t.name !== null).reduce((n, t) => n + t.customers, 0);
	const measured = e.satisfaction.measured / e.customers;
	const duplicateTone: Tone =
		e.duplicates.rate <= 0.02 ? 'good' : e.duplicates.rate <= 0.05 ? 'warn' : 'bad';
	switch (target) {
		case 'information':
			return [
				completeness(e),
				note('duplicates', duplicateTone, {
					percent: pct(e.duplicates.rate),
					count: e.duplicates.customers
				}),
				note('reached', graded(e.interactions.reachedShare, 0.5, 0.2), {
					percent: pct(e.interactions.reachedShare)
				}),
				note('satisfaction_measured', graded(measured, 0.5, 0.2), { percent: pct(measured) })
			];
		case 'customer_identification': {
			const valued = e.value.recorded / e.customers;
			const notes = [
				note('value_recorded', graded(valued, 0.8, 0.5), { percent: pct(valued) }),
				withTier === 0
					? note('no_tiers', 'bad')
					: note('tiers', graded(withTier / e.customers, 0.8, 0.5), {
							percent: pct(withTier / e.customers),
							count: e.tiers.filter((t) => t.name !== null).length
						})
			];
			if (e.value.top20Share !== null)
				notes.unshift(note('pareto', 'info', { percent: pct(e.value.top20Share) }));
			if (e.value.averageAcquisitionCost !== null)
				notes.push(
					note('acquisition_cost', 'info', { amount: Math.round(e.value.averageAcquisitionCost) })
				);
			return notes;
		}
		case 'data_management':
			return [
				completeness(e),
				note('duplicates', duplicateTone, {
					percent: pct(e.duplicates.rate),
					count: e.duplicates.customers
				}),
				note('consent', graded(e.consent.share, 0.8, 0.5), { percent: pct(e.consent.share) })
			];
	}
}

export const TOP_SHARE = 0.2;

// The curve is the running share of value against the share of customers, most valuable
// first, read between whole customers by straight lines: at x the value of the first
// floor(x·n) customers plus the matching fraction of the next one. So the top 20% of 7
// customers is 1.4 customers, and the headline figure is a point on the drawn curve.

/** The customer counts whose running total the curve needs: both ends of each sample. */
export function paretoCuts(n: number, points = 20): number[] {
	const cuts = new Set<number>();
	for (const x of [...Array.from({ length: points }, (_, k) => (k + 1) / points), TOP_SHARE]) {
		const whole = Math.floor(x * n);
		cuts.add(whole);
		if (whole < n) cuts.add(whole + 1);
	}
	return [...cuts].filter((c) => c > 0).sort((a, b) => a - b);
}

/** The curve and the top-20% share from the running totals at the cut points. */
export function pareto(n: number, total: number, cumulative: Map<number, number>, points = 20) {
	const sum = (c: number) => (c === 0 ? 0 : (cumulative.get(c) ?? 0));
	const at = (x: number) => {
		if (n === 0 || total <= 0) return 0;
		const whole = Math.floor(x * n);
		const next = whole < n ? sum(whole + 1) - sum(whole) : 0;
		return (sum(whole) + (x * n - whole) * next) / total;
	};
	const curve: ParetoPoint[] = Array.from({ length: points + 1 }, (_, k) => ({
		customers: k / points,
		value: at(k / points)
	}));
	return { curve, top20Share: n === 0 || total <= 0 ? null : at(TOP_SHARE) };
}
