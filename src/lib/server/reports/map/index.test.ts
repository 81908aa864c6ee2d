import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '$lib/scoring';
import { toRoadmapData } from './index';
import { reportInput } from './test-fixtures';

describe('toRoadmapData (hand-built input, see test-fixtures.ts)', () => {
	it('names the organisation’s stage on the cover, in the report’s language, when recorded', () => {
		expect(toRoadmapData(reportInput({ stage: 'choosing' }), 'fa')?.stage).toBe(
			'در حال انتخاب CRM'
		);
		expect(toRoadmapData(reportInput({ stage: 'live' }), 'en')?.stage).toBe(
			'CRM live and improving'
		);
		expect(toRoadmapData(reportInput(), 'en')?.stage).toBeNull();
	});

	it('assembles the whole roadmap in the report’s language', () => {
		const data = toRoadmapData(reportInput(), 'fa');
		expect(data).toMatchObject({
			locale: 'fa',
			organisation: 'Acme',
			assessment: 'Autumn workshop',
			date: '2026-11-24',
			facilitator: 'Laleh Karimi',
			anonymous: false,
			respondents: 4,
			readiness: { index: 43.75, band: 'متن emerging', confidence: 0.875 },
			blocks: [
				{ label: 'متن information', score: 50 },
				{ label: 'متن process', score: 0 }
			],
			points: [
				{ label: 'متن vision', score: 37.5 },
				{ label: 'متن budget', score: 50 }
			],
			risks: [{ cause: 'متن adoption', level: 'high', exposure: 62.5 }],
			blockers: [{ title: 'متن vision' }]
		});
		expect(data?.summary).toHaveLength(5);
		expect(data?.findings.map((f) => f.item)).toEqual([
			'متن vision',
			'متن budget',
			'متن information'
		]);
		expect(data?.plan.map((a) => a.action)).toEqual([
			'انجام sponsor',
			'Hire a CRM lead',
			'انجام started'
		]);
		expect(data?.appendix.roles.map((r) => r.count)).toEqual([2, 2]);
	});

	it('gives nothing to report when nobody has answered', () => {
		const input = reportInput();
		const empty = scoreAssessment({ model: input.content.model, lenses: input.content.lenses }, []);
		expect(toRoadmapData({ ...input, result: empty, people: [], comments: [] }, 'en')).toBeNull();
	});
});
