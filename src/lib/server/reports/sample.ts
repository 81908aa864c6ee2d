// A small roadmap with one of everything (every section, chart and table kind, both scripts,
// both weights): quick to render, for tests and for warming up the renderer (render-worker.ts).
import type { Locale } from '$lib/i18n/locale';
import type { RoadmapData, Scored } from './document/data';

const WORDS = {
	en: {
		name: 'Small Co',
		level: 'Defined',
		text: 'Customer records are complete and kept in one place (CRM, 2026).',
		lenses: ['Strategic planning', 'Building blocks', 'Failure causes']
	},
	fa: {
		name: 'شرکت کوچک',
		level: 'تعریف‌شده',
		text: 'سوابق مشتریان کامل است و در یک جا نگه داشته می‌شود (CRM، ۱۴۰۵).',
		lenses: ['برنامه‌ریزی راهبردی', 'بلوک‌های سازنده', 'علل شکست']
	}
} as const;

/** A small roadmap with one of everything, in the language given. */
export function smallRoadmap(locale: Locale): RoadmapData {
	const w = WORDS[locale];
	const scored = (label: string, score: number): Scored => ({
		label,
		score,
		target: 75,
		gap: Math.max(0, 75 - score),
		projected: Math.min(100, score + 10)
	});
	const lenses = w.lenses.map((l, i) => scored(l, 40 + 10 * i));
	return {
		locale,
		organisation: w.name,
		assessment: w.name,
		date: '2026-01-01',
		facilitator: w.name,
		stage: w.level,
		anonymous: false,
		respondents: 3,
		readiness: {
			index: 50,
			band: w.level,
			bandSummary: w.text,
			bandStarts: [0, 35, 55, 70, 85],
			bandLabels: [w.level, w.level, w.level, w.level, w.level],
			cap: w.level,
			confidence: 0.9,
			target: 75,
			gap: 25,
			projected: 60,
			view: 'agreed',
			agreed: 1
		},
		summary: [w.text],
		blockers: [{ title: w.level, detail: w.text }],
		shortfalls: [{ item: w.level, lens: w.lenses[0], level: 1, target: 3, weightedGap: 2 }],
		lenses,
		blocks: [scored(w.level, 45), scored(w.name, 60)],
		points: [scored(w.level, 35), scored(w.name, 70)],
		risks: [{ cause: w.level, level: 'high', exposure: 60, reason: w.text, prevention: [w.text] }],
		findings: [
			{
				lens: w.lenses[0],
				item: w.level,
				score: 40,
				target: 75,
				level: w.level,
				finding: w.text,
				actions: [w.text],
				disagreement: 1.2,
				agreed: [
					{
						statement: w.text,
						level: 2,
						mean: 2.1,
						low: 1,
						high: 3,
						sd: 0.8,
						n: 3,
						rationale: w.text
					}
				],
				registerDisagrees: [{ statement: w.text, claim: w.level, figures: [w.text] }]
			}
		],
		plan: [
			{
				phase: 'first_90_days',
				action: w.text,
				source: w.level,
				owner: w.name,
				due: '2026-02-01',
				status: 'in_progress',
				quickWin: true
			}
		],
		goals: [
			{
				goal: w.level,
				kpi: w.text,
				measurement: w.text,
				baseline: '10',
				target: '20',
				owner: w.name,
				date: '2026-06-01'
			}
		],
		changePlan: [
			{
				element: 'communications',
				why: w.text,
				actions: [{ action: w.text, owner: w.name, due: '2026-03-01' }]
			}
		],
		scope: [{ dimension: 'deployment', status: 'watch', note: w.text }],
		appendix: {
			statements: [
				{
					item: w.level,
					statement: w.text,
					distribution: [0, 1, 1, 1, 0],
					dontKnow: 0,
					mean: 2,
					n: 3
				}
			],
			comments: [{ item: w.level, text: w.text, role: 'executive', name: w.name }],
			roles: [{ role: 'executive', count: 3 }],
			notApplicable: [
				{
					item: w.level,
					statement: w.text,
					reason: 'out-of-scope',
					note: w.text,
					role: 'specialist'
				}
			]
		}
	};
}
