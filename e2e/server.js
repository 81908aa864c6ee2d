// Serves the production build for the browser journeys on a fresh embedded database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), 'crm-e2e-'));
await import(join(process.cwd(), 'build/index.js'));
