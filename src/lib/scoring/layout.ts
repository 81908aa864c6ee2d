// Flattens the model into arrays once per scoring run, so the hot loops over hundreds of
// respondents index numbers instead of walking the questionnaire tree.
import type { Item, RiskRules, ScoredQuestionnaire, Statement } from '../questionnaires/schema';
import { statementKey } from '../questionnaires/keys';
import type { ScoringModel } from './types';

export interface LensSlot {
	questionnaire: ScoredQuestionnaire;
	weight: number;
	share: number;
	items: number[];
}

export interface ItemSlot {
	lens: number;
	item: Item;
	share: number;
	statements: number[];
	/** Statement index by statement id, for risk rules. */
	byStatementId: Map<string, number>;
	risk: RiskRules | null;
}

export interface StatementSlot {
	item: number;
	statement: Statement;
}

export interface Layout {
	scoring: ScoringModel;
	lenses: LensSlot[];
	items: ItemSlot[];
	statements: StatementSlot[];
	/** The weights again as plain arrays, by index, for the hot loops. */
	weights: { lenses: number[]; items: number[]; statements: number[] };
	/** Statement index by statementKey. */
	byKey: Map<string, number>;
	/** The statementKey of each statement, by index. */
	keys: string[];
}

export { statementKey };

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function layout(scoring: ScoringModel): Layout {
	const result: Layout = {
		scoring,
		lenses: [],
		items: [],
		statements: [],
		weights: { lenses: [], items: [], statements: [] },
		byKey: new Map(),
		keys: []
	};
	const lensWeights = sum(scoring.model.lenses.map((l) => l.weight));
	for (const ref of scoring.model.lenses) {
		const questionnaire = scoring.lenses.find((q) => q.id === ref.questionnaire);
		if (!questionnaire) throw new Error(`The model names lens "${ref.questionnaire}", not given`);
		const share = ref.weight / lensWeights;
		const lens: LensSlot = { questionnaire, weight: ref.weight, share, items: [] };
		const itemWeights = sum(questionnaire.items.map((i) => i.weight));
		for (const item of questionnaire.items) {
			const slot: ItemSlot = {
				lens: result.lenses.length,
				item,
				share: (share * item.weight) / itemWeights,
				statements: [],
				byStatementId: new Map(),
				risk: item.risk ?? null
			};
			for (const statement of item.statements) {
				const index = result.statements.length;
				result.statements.push({ item: result.items.length, statement });
				result.weights.statements.push(statement.weight);
				result.byKey.set(statementKey(item.id, statement.id), index);
				result.keys.push(statementKey(item.id, statement.id));
				slot.statements.push(index);
				slot.byStatementId.set(statement.id, index);
			}
			lens.items.push(result.items.length);
			result.items.push(slot);
			result.weights.items.push(item.weight);
		}
		result.lenses.push(lens);
		result.weights.lenses.push(ref.weight);
	}
	return result;
}
