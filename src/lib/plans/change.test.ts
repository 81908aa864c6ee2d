// The change-management plan, against the real failure-risks questionnaire: its user-adoption
// statements measure the five elements, its risk rules set the urgency.
import { describe, expect, it } from 'vitest';
import { anonymise } from '$lib/assessments/anonymity';
import type { Answer } from '$lib/scoring';
import { respondent } from '$lib/scoring/test-fixtures';
import { changePlan } from './change';
import { answers, everyStatement, realSource } from './test-fixtures';
import type { ChangeElement, ChangeElementPlan } from './types';

const adoption = (r: number | Answer, c: number | Answer, t: number | Answer, v: number | Answer) =>
	answers('user-adoption', {
		'change-readiness': r as Answer,
		'impact-analysis': r as Answer,
		'communications-plan': c as Answer,
		'training-tools': t as Answer,
		'value-realisation': v as Answer
	});

const byElement = (plan: ChangeElementPlan[]) =>
	Object.fromEntries(plan.map((e) => [e.element, e])) as Record<ChangeElement, ChangeElementPlan>;
const summary = (plan: ChangeElementPlan[]) =>
	plan.map((e) => [e.element, e.status, e.actions.map((a) => `${a.key} @ ${a.phase}`)]);

describe('change-management plan', () => {
	it('with nothing in place and adoption rated HIGH, sets up every element in the first 90 days', () => {
		const plan = changePlan(realSource([respondent('a', adoption(0, 0, 0, 0))]));
		expect(summary(plan)).toEqual([
			[
				'readiness_assessment',
				'missing',
				['change/readiness_assessment/readiness_survey @ first_90_days']
			],
			['communications', 'missing', ['change/communications/comms_plan @ first_90_days']],
			['impact_analysis', 'missing', ['change/impact_analysis/impact_map @ first_90_days']],
			['training', 'missing', ['change/training/training_plan @ first_90_days']],
			['value_metrics', 'missing', ['change/value_metrics/value_define @ first_90_days']]
		]);
		const training = byElement(plan).training;
		// The level's own description, and the risk that makes it urgent.
		expect(training.why.en).toBe(
			"Level 0 of 4: No training is planned beyond the vendor's manual. " +
				'The user-adoption risk is high: this cannot wait.'
		);
		expect(training.why.fa).toContain('سطح ۰ از ۴');
		expect(training.actions[0]).toMatchObject({
			urgent: true,
			kind: 'change',
			item: 'user-adoption'
		});
	});

	it('with partial elements and adoption MEDIUM, completes them in months 3–6 and sustains the rest', () => {
		// score (2 + 2 + 2 + 2 + 3) / 5 × 25 = 55 < 65: medium
		const plan = changePlan(realSource([respondent('a', adoption(2, 2, 2, 3))]));
		expect(summary(plan)).toEqual([
			[
				'readiness_assessment',
				'partial',
				['change/readiness_assessment/readiness_all_groups @ months_3_6']
			],
			['communications', 'partial', ['change/communications/comms_tailor @ months_3_6']],
			['impact_analysis', 'partial', ['change/impact_analysis/impact_complete @ months_3_6']],
			['training', 'partial', ['change/training/training_practice @ months_3_6']],
			['value_metrics', 'in_place', ['change/value_metrics/value_review @ months_6_12']]
		]);
		expect(byElement(plan).communications.why.en).toContain('The user-adoption risk is medium.');
	});

	it('with adoption HIGH (training below 1.5), brings the partial elements forward too', () => {
		const plan = byElement(changePlan(realSource([respondent('a', adoption(2, 2, 1, 2))])));
		expect(plan.training.status).toBe('missing');
		expect(plan.communications.actions.map((a) => a.phase)).toEqual(['first_90_days']);
		expect(plan.value_metrics.actions.map((a) => a.phase)).toEqual(['first_90_days']);
	});

	it('adds process work to the impact analysis and goal ties to the value metrics by risk level', () => {
		const plan = byElement(
			changePlan(
				realSource([
					respondent('a', {
						...adoption(3, 3, 3, 3),
						// every statement 0: HIGH
						...answers('process-design', {
							'process-redesign': 0,
							'single-entry': 0,
							'process-cadence': 0
						}),
						// score 50 < 65, nothing below 1.5: MEDIUM
						...answers('weak-goals', {
							'measurable-goals': 2,
							'stakeholder-goals': 2,
							'revenue-roi': 2
						})
					})
				])
			)
		);
		expect(plan.impact_analysis.actions.map((a) => `${a.key} @ ${a.phase}`)).toEqual([
			'change/impact_analysis/impact_review @ months_6_12',
			'change/impact_analysis/impact_processes @ first_90_days'
		]);
		expect(plan.impact_analysis.actions[1]).toMatchObject({ item: 'process-design', urgent: true });
		expect(plan.impact_analysis.why.en).toContain('The process-design risk is high');
		expect(plan.value_metrics.actions.map((a) => `${a.key} @ ${a.phase}`)).toEqual([
			'change/value_metrics/value_review @ months_6_12',
			'change/value_metrics/value_goals @ months_3_6'
		]);
		expect(plan.training.actions).toHaveLength(1);
	});

	it('asks executives to listen when they rate readiness a level or more above specialists', () => {
		const everything = everyStatement;
		const exec = respondent('e', everything(4), 'executive');
		const spec = (id: string, level: Answer) => respondent(id, everything(level), 'specialist');
		const wide = byElement(changePlan(realSource([exec, spec('s1', 1), spec('s2', 1)])));
		expect(wide.communications.actions.map((a) => a.key)).toEqual([
			// everyone's mean (4 + 1 + 1) / 3 = 2: partial
			'change/communications/comms_tailor',
			'change/communications/listen_to_specialists'
		]);
		expect(wide.communications.actions[1]?.text.en).toMatch(/^Executives rate readiness 3 levels/);
		expect(wide.communications.actions[1]?.text.fa).toContain('۳ سطح');
		expect(wide.communications.why.en).toContain('Executives rate readiness 3 levels higher');

		const reverse = byElement(
			changePlan(realSource([respondent('e', everything(1), 'executive'), spec('s1', 2)]))
		);
		expect(reverse.communications.actions.map((a) => a.key)).toContain(
			'change/communications/brief_executives'
		);

		// Under one level apart (3 vs 2.25 = 0.75): no gap action.
		const near = byElement(
			changePlan(
				realSource([
					respondent('e', everything(3), 'executive'),
					spec('s1', 2),
					spec('s2', 2),
					spec('s3', 3),
					spec('s4', 2)
				])
			)
		);
		expect(near.communications.actions.map((a) => a.key)).toEqual([
			'change/communications/comms_tailor'
		]);
	});

	it('keeps a lone executive’s view out of an anonymous plan', () => {
		const levels = everyStatement;
		const named = realSource([
			respondent('e', levels(4), 'executive'),
			...['s1', 's2', 's3'].map((id) => respondent(id, levels(1), 'specialist'))
		]);
		const anonymous = { ...named, result: anonymise(named.result) };
		expect(byElement(changePlan(named)).communications.actions).toHaveLength(2);
		expect(byElement(changePlan(anonymous)).communications.actions.map((a) => a.key)).toEqual([
			'change/communications/comms_tailor'
		]);
	});

	it('says so when nobody knew, or when the failure-risk lens was not assessed', () => {
		const unknown = byElement(
			changePlan(realSource([respondent('a', adoption('dont-know', 'dont-know', 2, 2))]))
		);
		expect(unknown.communications).toMatchObject({ status: 'unknown', level: null });
		// Half the answers unknown: adoption is rated MEDIUM too.
		expect(unknown.communications.why.en).toBe(
			'Nobody who answered knew whether this is in place. The user-adoption risk is medium.'
		);
		expect(unknown.communications.actions[0]?.key).toBe('change/communications/comms_plan');

		const source = realSource([]);
		const without = changePlan({
			...source,
			lenses: source.lenses.filter((l) => l.id !== 'failure-risks')
		});
		expect(without.every((e) => e.status === 'unknown' && e.actions.length === 0)).toBe(true);
		expect(without[0]?.why.en).toContain('was not part of this assessment');

		// Not answered yet (nobody has reached the lens): no status to act on.
		const empty = changePlan(source);
		expect(empty.map((e) => e.actions.length)).toEqual([0, 0, 0, 0, 0]);
		expect(empty[1]?.why.en).toBe('Not answered yet.');
	});

	it('reads the readiness assessment and the impact analysis each from its own statement (v2)', () => {
		const plan = byElement(
			changePlan(
				realSource([
					respondent('a', answers('user-adoption', { 'change-readiness': 4, 'impact-analysis': 0 }))
				])
			)
		);
		expect([plan.readiness_assessment.status, plan.impact_analysis.status]).toEqual([
			'in_place',
			'missing'
		]);
	});

	it('reads both from the one shared statement of a version 1 assessment, as before', () => {
		const v1 = realSource(
			[respondent('a', answers('user-adoption', { 'readiness-and-impact': 1 }))],
			'questionnaires/v1'
		);
		const plan = byElement(changePlan(v1));
		expect([plan.readiness_assessment.status, plan.impact_analysis.status]).toEqual([
			'missing',
			'missing'
		]);
		expect(plan.impact_analysis.why.en).toContain('Managers have an informal sense');
	});
});
