// What a check or an import of a file found and did: the counts the import page shows and the
// error report repeats. Its own module, so that the steps that fill it (run.ts, batch.ts) and
// the report that reads it (report.ts) import it without importing each other.
export interface DuplicateExample {
	row: number;
	name: string;
	matched: string;
	by: 'email' | 'phone';
	inFile: boolean;
}

export interface ImportSummary {
	dryRun: boolean;
	applied: boolean;
	rows: number;
	valid: number;
	invalid: number;
	created: number;
	updated: number;
	skipped: number;
	duplicatesInFile: number;
	duplicatesInRegister: number;
	issues: number;
	duplicates: DuplicateExample[];
	fileError: { key: string; params: Record<string, string | number> } | null;
}
