// The level a facilitator can propose at one key press when the room settles on the middle of
// its answers: the highest level that more than half of the known answers reached. With an odd
// number of answers that is the median; with an even number it is the lower of the two middle
// answers — the room does not claim a level only half of it sees.
import type { Level } from '../questionnaires/schema';

export function majorityLevel(distribution: readonly number[]): Level | null {
	const n = distribution.reduce((sum, c) => sum + c, 0);
	if (n === 0) return null;
	let reached = 0;
	for (let level = 4; level >= 0; level--) {
		reached += distribution[level] ?? 0;
		if (reached * 2 > n) return level as Level;
	}
	return 0;
}
