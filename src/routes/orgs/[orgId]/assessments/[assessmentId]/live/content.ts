// The questionnaire text the live view labels its charts with, in the page's language.
export interface LiveLens {
	id: string;
	title: string;
	items: { id: string; title: string; statements: { id: string; text: string }[] }[];
}

export interface StatementLabel {
	lens: string;
	item: string;
	text: string;
}

/** "item/statement" → where it sits and what it says. */
export function statementLabels(lenses: LiveLens[]): Map<string, StatementLabel> {
	return new Map(
		lenses.flatMap((lens) =>
			lens.items.flatMap((item) =>
				item.statements.map((s) => [
					`${item.id}/${s.id}`,
					{ lens: lens.title, item: item.title, text: s.text }
				])
			)
		)
	);
}
