import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { localFileName } from '$lib/server/download';
import { csvHeaders } from '$lib/server/register/csv';
import { byteStream, exportCsv } from '$lib/server/register/export';
import { parseListQuery } from '$lib/server/register/list';

export const GET = async (event) => {
	const ctx = await requireMember(event, event.params.orgId);
	const query = parseListQuery(event.url.searchParams);
	const day = new Date().toISOString().slice(0, 10);
	const csv = exportCsv(database().db, ctx.organisation.id, query, event.locals.locale);
	const name = localFileName(event.locals.locale, 'customers', day, 'csv');
	return new Response(byteStream(csv), { headers: csvHeaders(`customers-${day}.csv`, name) });
};
