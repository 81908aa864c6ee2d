// One CSV row to customer input: the mapped cells, an exported cell's apostrophe removed, then
// the same schema the form uses. A problem becomes an issue for the report, never a throw.
import type { CustomerField } from '$lib/register/fields';
import { emailKey, phoneKey } from '$lib/register/normalise';
import { toFieldErrors } from '$lib/server/forms';
import { unneutralise } from '../csv';
import { customerSchema, type CustomerInput } from '../schema';
import { resolveOwner, type Member } from '../service';

export interface Issue {
	row: number;
	field: CustomerField | null;
	column: string | null;
	message: string;
	params?: Record<string, string | number>;
	value: string | null;
}

export interface ValidRow {
	row: number;
	input: CustomerInput;
	owner: string | null;
	/** Fields with a value in this row: an update changes only these. */
	provided: CustomerField[];
	emailKey: string | null;
	phoneKey: string | null;
}

export function readRow(
	row: number,
	cells: string[],
	mapping: (CustomerField | null)[],
	headers: string[],
	members: Member[]
): { ok: true; value: ValidRow } | { ok: false; issues: Issue[] } {
	const raw: Record<string, string> = {};
	const columnOf: Partial<Record<CustomerField, number>> = {};
	mapping.forEach((field, i) => {
		if (!field) return;
		raw[field] = unneutralise(cells[i] ?? '');
		columnOf[field] = i;
	});
	const issue = (field: CustomerField | null, message: string, params?: Issue['params']): Issue => {
		const i = field ? columnOf[field] : undefined;
		return {
			row,
			field,
			column: i === undefined ? null : (headers[i] ?? null),
			message,
			params,
			value: field ? (raw[field]?.slice(0, 200) ?? null) : null
		};
	};
	if (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim()))
		return {
			ok: false,
			issues: [issue(null, 'register.import.errors.extra_cells', { count: cells.length })]
		};

	const parsed = customerSchema.safeParse(raw);
	if (!parsed.success)
		return {
			ok: false,
			issues: Object.entries(toFieldErrors(parsed.error)).map(([f, e]) =>
				issue(f as CustomerField, e.key, e.params)
			)
		};
	const owner = resolveOwner(members, parsed.data.owner);
	if (owner === undefined)
		return { ok: false, issues: [issue('owner', 'register.import.errors.owner')] };
	const provided = (Object.keys(raw) as CustomerField[]).filter((f) => raw[f]?.trim());
	return {
		ok: true,
		value: {
			row,
			input: parsed.data,
			owner,
			provided,
			emailKey: emailKey(parsed.data.email),
			phoneKey: phoneKey(parsed.data.phone)
		}
	};
}
