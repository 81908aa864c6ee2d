import { describe, expect, it } from 'vitest';
import { respondent } from '$lib/scoring/test-fixtures';
import { seedGoals } from './generate';
import { scopeGuard, scopeStatus } from './scope';
import { answers, realSource } from './test-fixtures';

describe('scope guard', () => {
	it('rates each dimension and lever from the scope-creep statement that covers it', () => {
		const rows = scopeGuard(
			realSource([
				respondent('a', {
					...answers('scope-creep', {
						'technical-scope': 1,
						'people-scope': 'dont-know',
						'change-control': 3
					})
				}),
				respondent('b', answers('scope-creep', { 'technical-scope': 2, 'change-control': 4 }))
			])
		);
		expect(rows.map((r) => [r.dimension, r.status, r.level])).toEqual([
			// technical-scope (1 + 2) / 2 = 1.5: no longer below 1.5, so "watch"
			['deployment', 'watch', 1.5],
			['data_migration', 'watch', 1.5],
			['integration', 'watch', 1.5],
			['customisation', 'watch', 1.5],
			// people-scope: nobody knew
			['staffing', 'unknown', null],
			['change_management', 'unknown', null],
			// change-control (3 + 4) / 2 = 3.5
			['time', 'on_track', 3.5],
			['cost', 'on_track', 3.5],
			['quality', 'on_track', 3.5]
		]);
		// The note is the statement's own description of the nearest level (1.5 rounds to 2).
		expect(rows[1]?.note?.en).toMatch(/^All four are listed, but data migration and integration/);
		expect(rows[4]?.note).toBeNull();
		// 3.5 rounds to 4.
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
