import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { invalid, parse } from '$lib/server/forms';
import { readForm, typed } from '$lib/server/register/form';
import * as files from '$lib/server/register/import/files';
import { requireImport } from '$lib/server/register/import/guard';
import { encodingSchema, parseOptions } from '$lib/server/register/import/options';
import { preview } from '$lib/server/register/import/preview';
import { listIssues } from '$lib/server/register/import/report';
import { engineOf, runImport } from '$lib/server/register/import/run';
import type { ImportSummary } from '$lib/server/register/import/summary';
import type { RequestEvent } from './$types';

export const load = async (event) => {
	const { imp } = await requireImport(event);
	const { db } = database();
	const readable = imp.status !== 'uploading' && imp.status !== 'imported';
	return {
		imp: {
			id: imp.id,
			file_name: imp.file_name,
			byte_size: imp.byte_size,
			encoding: imp.encoding,
			status: imp.status,
			options: imp.options
		},
		summary: imp.summary as ImportSummary | null,
		preview: readable ? await preview(db, imp) : null,
		issues: await listIssues(db, imp.id, 20)
	};
};

async function run(event: RequestEvent, dryRun: boolean) {
	const { ctx, imp } = await requireImport(event);
	const raw = await readForm(event.request);
	if (!raw) return invalid(400, { _form: { key: 'errors.bad_request' } });
	const options = parseOptions(raw);
	if (!options.ok) return invalid(400, options.errors, typed(raw));
	const summary = await runImport(database().db, imp, options.data, {
		userId: ctx.user.id,
		...engineOf(database()),
		dryRun
	});
	return { ran: summary.dryRun ? ('check' as const) : ('run' as const) };
}

export const actions = {
	encoding: async (event) => {
		const { imp } = await requireImport(event);
		const raw = await readForm(event.request);
		const parsed = parse(encodingSchema, raw ?? {});
		if (!parsed.ok) return invalid(400, parsed.errors);
		await files.setEncoding(database().db, imp, parsed.data.encoding);
		return { encoding: parsed.data.encoding };
	},
	check: async (event) => run(event, true),
	run: async (event) => run(event, false),
	discard: async (event) => {
		const { ctx, imp } = await requireImport(event);
		await files.discard(database().db, ctx.organisation.id, imp.id);
		redirect(303, `/orgs/${ctx.organisation.id}/register/import`);
	}
};
