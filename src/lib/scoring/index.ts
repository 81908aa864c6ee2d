// The scoring engine: pure functions from pinned questionnaires and answers to results.
// No I/O and no Node APIs, so the browser (live workshop, wizard) scores exactly as the server.
export { scoreAssessment } from './assess';
export { statementKey } from './layout';
export * from './types';
