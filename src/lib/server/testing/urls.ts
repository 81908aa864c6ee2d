/** The same server, another database. */
export function databaseUrl(base: string, name: string): string {
	const url = new URL(base);
	url.pathname = `/${name}`;
	return url.toString();
}

/** A connection for CREATE/DROP DATABASE: the maintenance database of the same server. */
export function adminUrl(base: string): string {
	return databaseUrl(base, 'postgres');
}
