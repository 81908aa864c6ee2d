// `npm run db:worker`: regenerate src/lib/server/db/embedded-worker.generated.ts after changing
// the embedded database's worker (src/lib/server/db/embedded-worker.ts).
import { writeFileSync } from 'node:fs';
import { GENERATED, generatedFile } from './worker-source';

writeFileSync(GENERATED, generatedFile());
console.log(`Wrote ${GENERATED}`);
