// `npm run org:schema`: regenerates docs/export-schema.json from the export's zod schema.
import { writeFileSync } from 'node:fs';
import { jsonSchema } from '../src/lib/server/portability/format';

writeFileSync('docs/export-schema.json', `${JSON.stringify(jsonSchema(), null, '\t')}\n`);
console.log('Wrote docs/export-schema.json');
