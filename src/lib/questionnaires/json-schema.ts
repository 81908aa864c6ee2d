// The JSON Schema editors use to validate questionnaire files as they type. Generated from the
// zod schema, so the two cannot disagree; refinements zod cannot express (Persian script, one
// of lt/gte) are only enforced by `npm run questionnaires:check`.
import { z } from 'zod';
import * as schema from './schema';

// Named definitions make editor messages readable ("Bilingual" rather than "__schema3").
const NAMED = [
	'Bilingual',
	'Statement',
	'Action',
	'Condition',
	'RiskRules',
	'Item',
	'Kpi',
	'Goal',
	'Band'
] as const;

/** Draft 7, the version YAML and JSON editor plugins support most widely. */
export function questionnaireJsonSchema(): string {
	const names = z.registry<{ id: string }>();
	for (const id of NAMED) names.add(schema[id], { id });
	const { $schema, ...rest } = z.toJSONSchema(schema.QuestionnaireFile, {
		io: 'input',
		target: 'draft-7',
		metadata: names
	});
	const document = { $schema, title: 'CRM Readiness questionnaire', ...rest };
	return `${JSON.stringify(document, null, '\t')}\n`;
}
