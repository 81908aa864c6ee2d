// Old results stand: the version-1 questionnaires are kept in questionnaires/v1/ exactly as
// assessments pinned them (same content hashes), and scoring a stored v1 assessment gives the
// figures it gave before version 2 existed (the snapshot was written while v1 was current).
import { describe, expect, it } from 'vitest';
import { scoreAssessment, statementKey, type Answer, type Respondent } from '$lib/scoring';
import type { RoleLayer } from '$lib/scoring';
import { loadQuestionnaires } from './load';

/** The hashes every assessment created before version 2 pinned. */
const V1_HASHES = {
	'building-blocks': '89d4102e07ea72a83c59aca22542ecef3d1a0252d69f56384e5fb11e5eb2f894',
	'failure-risks': '20661a4a263d0be8514bb066f5cbbafb578e13cc8c4b818bffbc8ff9b73cf120',
	goals: 'c9ec038203ce49c4fb8ef9452b0c5d8436e1f608335ee603dc37cb7fc2b2067d',
	'readiness-model': '429861779138ae563421510c010fb79bed5a4a828feb967d64e38e297007a8b3',
	'strategic-planning': '36704d744075e4c5a43b6fa27b39ce7e3f506db666c28ace800a12b5aaff7ade'
};

const ROLES: RoleLayer[] = ['executive', 'middle_manager', 'specialist', 'consultant', 'other'];

/** A fixed, varied answer set: every level, some "don't know", some "not applicable". */
function respondents(lenses: ReturnType<typeof loadQuestionnaires>['lenses']): Respondent[] {
	const keys = lenses.flatMap((l) =>
		l.items.flatMap((item) => item.statements.map((s) => statementKey(item.id, s.id)))
	);
	return Array.from({ length: 7 }, (_, r) => {
		const answers: Record<string, Answer> = {};
		keys.forEach((key, k) => {
			const x = (k * 7 + r * 13 + ((k * r) % 5)) % 23;
			answers[key] = x === 0 ? 'dont-know' : x === 1 ? 'not-applicable' : ((x % 5) as Answer);
		});
		return {
			id: `r${r}`,
			role: ROLES[r % ROLES.length] as RoleLayer,
			department: r % 2 ? 'sales' : 'service',
			answers
		};
	});
}

describe('questionnaires version 1', () => {
	const v1 = loadQuestionnaires('questionnaires/v1');

	it('is kept byte-for-byte as assessments pinned it', () => {
		expect(v1.hashes).toEqual(V1_HASHES);
		expect(v1.lenses.every((l) => l.version === 1)).toBe(true);
	});

	it('re-scores a stored v1 assessment to exactly the same figures', async () => {
		const result = scoreAssessment({ model: v1.model, lenses: v1.lenses }, respondents(v1.lenses), {
			targets: { 'weak-goals': 4 }
		});
		await expect(JSON.stringify(result, null, 1)).toMatchFileSnapshot(
			'./__snapshots__/v1-scores.json'
		);
		expect(result.index).not.toBeNull();
	});
});
