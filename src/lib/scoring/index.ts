// The scoring engine: pure functions from pinned questionnaires, answers and decisions (targets,
// agreed levels) to results. No I/O and no Node APIs, so the browser (live workshop, wizard)
// scores exactly as the server. See docs/scoring.md.
export { scoreAssessment } from './assess';
export { majorityLevel } from './consensus';
export { statementKey } from './layout';
export { project, type Lift, type Liftable, type Projection } from './projection';
export { DEFAULT_TARGET } from './targets';
export * from './types';
