// Small questionnaires for the engine's tests, built by factories so each test states only
// what matters to it. Never the real content: that is tested on its own.
import type {
	Bilingual,
	Item,
	ReadinessModel,
	RiskRules,
	ScoredQuestionnaire,
	Statement
} from '../questionnaires/schema';
import type { Answer, Respondent, RoleLayer, ScoringModel } from './types';

const text = (en: string): Bilingual => ({ en, fa: `متن ${en}` });
const action = (id: string) => ({ id, text: text(id), effort: 'quick' as const });

export function statement(id: string, weight = 1): Statement {
	return {
		id,
		text: text(id),
		levels: [0, 1, 2, 3, 4].map((l) => text(`${id} ${l}`)) as Statement['levels'],
		weight
	};
}

export function item(
	id: string,
	statements: (string | Statement)[],
	options: { weight?: number; critical?: boolean; risk?: Omit<RiskRules, 'prevention'> } = {}
): Item {
	return {
		id,
		title: text(id),
		guidance: text(`${id} guidance`),
		weight: options.weight ?? 1,
		critical: options.critical ?? false,
		statements: statements.map((s) => (typeof s === 'string' ? statement(s) : s)),
		actions: { low: [action('a-low')], mid: [action('a-mid')], high: [] },
		links: { risks: [], blocks: [], goals: [] },
		risk: options.risk && {
			...options.risk,
			prevention: { high: [action('p-high')], medium: [action('p-medium')], low: [action('p-low')] }
		}
	};
}

export function lens(
	id: string,
	items: Item[],
	kind: 'scored' | 'risk' = 'scored'
): ScoredQuestionnaire {
	return { id, version: 1, kind, title: text(id), description: text(id), items };
}

/** Bands 0/35/55/70/85 and gating below level 2 capped at "emerging", as in the real model. */
export function model(lenses: ScoredQuestionnaire[], weights: number[] = []): ScoringModel {
	const readiness: ReadinessModel = {
		id: 'model',
		version: 1,
		kind: 'model',
		title: text('model'),
		description: text('model'),
		lenses: lenses.map((l, i) => ({ questionnaire: l.id, weight: weights[i] ?? 1 })),
		bands: (
			[
				['not-ready', 0],
				['emerging', 35],
				['developing', 55],
				['ready', 70],
				['leading', 85]
			] as const
		).map(([id, from]) => ({ id, from, label: text(id), summary: text(id) })),
		gating: { criticalBelow: 2, capAt: 'emerging' }
	};
	return { model: readiness, lenses };
}

export function respondent(
	id: string,
	answers: Record<string, Answer>,
	role: RoleLayer = 'specialist',
	department: string | null = null
): Respondent {
	return { id, role, department, answers };
}
