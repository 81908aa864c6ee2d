// `npm run questionnaires:schema`: regenerates questionnaires/schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { questionnaireJsonSchema } from '../src/lib/questionnaires/json-schema';

writeFileSync('questionnaires/schema.json', questionnaireJsonSchema());
console.log('Wrote questionnaires/schema.json');
