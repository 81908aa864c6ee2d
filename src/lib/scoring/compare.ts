// Thresholds compare with a tolerance, so that a mean that is 2 up to floating-point noise
// (1.9999999999999998) is treated as 2, never as "below 2".
const EPSILON = 1e-9;

export function below(value: number, threshold: number): boolean {
	return value < threshold - EPSILON;
}

export function atLeast(value: number, threshold: number): boolean {
	return !below(value, threshold);
}
