// postbuild: record the fingerprint of the sources just built, so `npm start` skips the build.
import { writeFileSync } from 'node:fs';
import { sourceHash, STAMP } from './source-hash.js';

writeFileSync(STAMP, sourceHash());
