// How answers are keyed. A questionnaire fact, so that the questionnaires (their version diffs)
// and the scoring both use it without importing each other.

/** Item ids are unique across questionnaires, statement ids within items. */
export function statementKey(itemId: string, statementId: string): string {
	return `${itemId}/${statementId}`;
}
