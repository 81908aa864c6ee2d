import { describe, expect, it } from 'vitest';
import { respondent } from '$lib/scoring/test-fixtures';
import { seedGoals } from './generate';
import { scopeGuard, scopeStatus } from './scope';
import { answers, realSource } from './test-fixtures';

describe('scope guard', () => {
	it('rates each dimension and lever from its own scope-creep statement (v2)', () => {
		const rows = scopeGuard(
			realSource([
				respondent('a', {
					...answers('scope-creep', {
						'scope-deployment': 1,
						'scope-data-migration': 0,
						'scope-integration': 2,
						'scope-customisation': 3,
						'scope-staffing': 'dont-know',
						'scope-change-management': 1,
						'scope-time': 4,
						'scope-cost': 2,
						'scope-quality': 3
					})
				}),
				respondent('b', answers('scope-creep', { 'scope-deployment': 2, 'scope-time': 3 }))
			])
		);
		expect(rows.map((r) => [r.dimension, r.status, r.level])).toEqual([
			// (1 + 2) / 2 = 1.5: no longer below 1.5, so "watch"
			['deployment', 'watch', 1.5],
			['data_migration', 'at_risk', 0],
			['integration', 'watch', 2],
			['customisation', 'on_track', 3],
			// nobody knew
			['staffing', 'unknown', null],
			['change_management', 'at_risk', 1],
			// (4 + 3) / 2 = 3.5
			['time', 'on_track', 3.5],
			['cost', 'watch', 2],
			['quality', 'on_track', 3]
		]);
		// No two rows share a statement, so no two rows share a note.
		const notes = rows.flatMap((r) => (r.note ? [r.note.en] : []));
		expect(new Set(notes).size).toBe(notes.length);
		// The note is the row's own statement's description of the nearest level.
		expect(rows[1]?.note?.en).toMatch(/^Migration is not in the plan/);
		expect(rows[4]?.note).toBeNull();
		expect(rows[6]?.note?.en).toMatch(/^Schedule trade-offs are made openly/);
	});

	it("maps a version 1 assessment's three scope statements onto the nine rows, as before", () => {
		const rows = scopeGuard(
			realSource(
				[
					respondent('a', {
						...answers('scope-creep', {
							'technical-scope': 1,
							'people-scope': 'dont-know',
							'change-control': 3
						})
					}),
					respondent('b', answers('scope-creep', { 'technical-scope': 2, 'change-control': 4 }))
				],
				'questionnaires/v1'
			)
		);
		expect(rows.map((r) => [r.dimension, r.status, r.level])).toEqual([
			['deployment', 'watch', 1.5],
			['data_migration', 'watch', 1.5],
			['integration', 'watch', 1.5],
			['customisation', 'watch', 1.5],
			['staffing', 'unknown', null],
			['change_management', 'unknown', null],
			['time', 'on_track', 3.5],
			['cost', 'on_track', 3.5],
			['quality', 'on_track', 3.5]
		]);
		expect(rows[1]?.note?.en).toMatch(/^All four are listed, but data migration and integration/);
		expect(rows[6]?.note?.en).toMatch(/^Trade-offs are explicit/);
	});

	it('puts the thresholds at 1.5 (a HIGH rating) and 3 (defined, estimated, owned)', () => {
		expect([0, 1.49, 1.5, 2.99, 3, 4, null].map(scopeStatus)).toEqual([
			'at_risk',
			'at_risk',
			'watch',
			'watch',
			'on_track',
			'on_track',
			'unknown'
		]);
	});

	it('is all unknown when the failure-risk lens was not assessed', () => {
		const source = realSource([]);
		const rows = scopeGuard({ ...source, lenses: [] });
		expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['unknown']));
		expect(rows).toHaveLength(9);
	});
});

describe('goals worksheet', () => {
	it('seeds one row per pinned goal from its first KPI template', () => {
		expect(seedGoals(realSource([]).goals)).toEqual([
			{ goal: 'customer-identification', kpi: 'demand-cost-per-customer' },
			{ goal: 'data-management', kpi: 'needed-data-captured' },
			{ goal: 'success-measurement', kpi: 'acquisition-source-known' },
			{ goal: 'speed-of-analysis', kpi: 'report-lead-time' },
			{ goal: 'higher-roi', kpi: 'crm-roi' }
		]);
		expect(seedGoals(null)).toEqual([]);
	});
});
