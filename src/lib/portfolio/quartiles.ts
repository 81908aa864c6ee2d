// Quartiles by linear interpolation between order statistics: Hyndman & Fan's type 7, the
// default of R's quantile(), NumPy's percentile() and spreadsheets' QUARTILE.INC. Over the
// sorted values x[0] … x[n−1], for 0 ≤ p ≤ 1: h = (n − 1)·p and
// Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). Chosen because anyone can check a figure with
// a spreadsheet; with n = 3 it gives the midpoints between neighbours for Q1 and Q3.
/** No minimum or maximum: with a handful of clients those are one client's own scores. */
export interface Quartiles {
	n: number;
	q1: number;
	median: number;
	q3: number;
}

export function quantile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) throw new RangeError('quantile of no values');
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const below = sorted[lo] as number;
	const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
	return below + (h - lo) * (above - below);
}

export function quartiles(values: readonly number[]): Quartiles | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return {
		n: sorted.length,
		q1: quantile(sorted, 0.25),
		median: quantile(sorted, 0.5),
		q3: quantile(sorted, 0.75)
	};
}
