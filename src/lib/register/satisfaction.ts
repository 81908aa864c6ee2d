// Satisfaction is performance measured against expectation (DOMAIN 001): equal is satisfied,
// above is delighted, below is dissatisfied, and the size of the gap is the degree.
export const SATISFACTION_LEVELS = ['dissatisfied', 'satisfied', 'delighted'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

export interface Satisfaction {
	level: SatisfactionLevel;
	/** performance − expectation, from −4 to 4. */
	gap: number;
}

export function classify(expectation: number, performance: number): Satisfaction {
	const gap = performance - expectation;
	return { level: gap < 0 ? 'dissatisfied' : gap > 0 ? 'delighted' : 'satisfied', gap };
}

export type Distribution = Record<SatisfactionLevel, number>;

export function emptyDistribution(): Distribution {
	return { dissatisfied: 0, satisfied: 0, delighted: 0 };
}
