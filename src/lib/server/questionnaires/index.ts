// Questionnaire content on the server: loading, checking and the content hash assessments pin.
export { contentHash } from './hash';
export type { Issue } from './issues';
export { formatIssue } from './issues';
export { checkQuestionnaires, loadQuestionnaires, QuestionnaireError } from './load';
export type { Questionnaires } from './load';
