// Tenant A's data, created through the app, giving a value for every route parameter that
// names tenant data. A route with a parameter missing here fails the sweep: add it.
import { Client, createOrganisation, signUp } from './client';

export interface Tenant {
	client: Client;
	params: Record<string, string>;
}

export async function seedTenant(name: string): Promise<Tenant> {
	const client = new Client();
	await signUp(client, `${name} Owner`);
	const orgId = await createOrganisation(client, `${name} Ltd`);
	// A self-assessment the owner has started and answered in part.
	const created = await client.action(`/orgs/${orgId}/assessments/new?/create`, {
		title: `${name} readiness`,
		mode: 'self',
		lenses: ['strategic-planning', 'failure-risks', 'building-blocks'],
		locale: 'en'
	});
	const assessmentId = created.location?.split('/')[4];
	if (!assessmentId) throw new Error(`could not create an assessment: ${JSON.stringify(created)}`);
	const base = `/orgs/${orgId}/assessments/${assessmentId}`;
	await client.action(`${base}/respond?/start`, { role: 'executive' });
	await client.request('POST', `${base}/respond/save`, {
		body: JSON.stringify({
			answers: [{ item: 'vision', statement: 'crm-vision', answer: 3, seq: 1 }],
			comments: []
		}),
		headers: { 'content-type': 'application/json' }
	});
	// …and a milestone of it, so results, milestones and trend have data to show.
	await client.action(`${base}/milestones?/freeze`, { label: `${name} baseline` });
	const code = await openWorkshop(client, orgId);
	const { customerId, importId } = await seedRegister(client, orgId);
	// A well-formed token of no invitation or reset link, for the routes that take one.
	const token = 'a'.repeat(32);
	return { client, params: { orgId, assessmentId, code, customerId, importId, token } };
}

/**
 * An open workshop of the organisation, joined by `client` as a participant, so that the
 * participant routes (/j/[code]…) reach their input checks. Returns the join code.
 */
async function openWorkshop(client: Client, orgId: string): Promise<string> {
	const created = await client.action(`/orgs/${orgId}/assessments/new?/create`, {
		title: 'Workshop',
		mode: 'workshop',
		lenses: 'strategic-planning',
		locale: 'en'
	});
	const live = `/orgs/${orgId}/assessments/${created.location?.split('/')[4]}/live`;
	await client.action(`${live}?/open`);
	await client.action(`${live}?/section`, { lens: 'strategic-planning', open: 'true' });
	const code = (await (await client.get(live)).text()).match(/\/j\/([a-z2-9]{10})/)?.[1];
	if (!code) throw new Error('could not open a workshop');
	await client.action(`/j/${code}?/join`, { role: 'executive' });
	return code;
}

/** A customer in the register, and an uploaded (not yet applied) CSV import. */
async function seedRegister(client: Client, orgId: string) {
	const created = await client.action(`/orgs/${orgId}/register/new?/create`, {
		name: 'Parsian Trading',
		kind: 'company',
		email: 'info@parsian.example'
	});
	const customerId = created.location?.split('/')[4];
	if (!customerId) throw new Error(`could not create a customer: ${JSON.stringify(created)}`);
	const json = { 'content-type': 'application/json', accept: 'application/json' };
	const started = await client.request('POST', `/orgs/${orgId}/register/import/files`, {
		body: JSON.stringify({ name: 'customers.csv', size: 40 }),
		headers: json
	});
	const { id: importId } = (await started.json()) as { id: string };
	const file = `/orgs/${orgId}/register/import/${importId}/file`;
	const piece = await client.request('PUT', `${file}?seq=0`, {
		body: 'name,email\nKimia Foods,hello@kimia.example\n',
		headers: { 'content-type': 'application/octet-stream', accept: 'application/json' }
	});
	const done = await client.request('POST', file, {
		body: JSON.stringify({ encoding: 'auto' }),
		headers: json
	});
	if (!piece.ok || !done.ok)
		throw new Error(`could not upload a CSV file (${piece.status}, ${done.status})`);
	return { customerId, importId };
}

/**
 * Route parameters that are not tenant data (public tokens and join codes): checked for junk,
 * not tenancy (workshop codes: tests/http/workshop.http.test.ts).
 */
export const PUBLIC_PARAMS = new Set(['token', 'code']);
