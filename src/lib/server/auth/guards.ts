// The one authorisation helper every load and action calls. Another tenant's organisation
// (or a malformed id) answers 404, so a URL reveals nothing about data the user cannot see.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import * as organisations from '$lib/server/organisations/repository';
import { atLeast, type Role } from '$lib/server/organisations/roles';
import type { SessionUser } from './session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
	return UUID.test(value);
}

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	return user;
}

export interface OrgContext {
	user: SessionUser;
	organisation: { id: string; name: string };
	role: Role;
}

/**
 * The signed-in user's membership of `orgId`, with at least `needed` role.
 * Not signed in → login; not a member or not an id → 404; member without the role → 403.
 */
export async function requireMember(
	event: Pick<RequestEvent, 'locals' | 'url'> & Partial<Pick<RequestEvent, 'request'>>,
	orgId: string,
	needed: Role = 'viewer'
): Promise<OrgContext> {
	const user = requireUser(event);
	if (!isUuid(orgId)) error(404, 'errors.not_found');
	const known = readOnly(event) ? event.locals.memberships : null;
	const org = known
		? known.find((m) => m.id === orgId.toLowerCase())
		: await organisations.findForMember(database().db, orgId, user.id);
	if (!org) error(404, 'errors.not_found');
	if (!atLeast(org.role, needed)) error(403, 'errors.forbidden');
	return { user, organisation: { id: org.id, name: org.name }, role: org.role };
}

/** For ids below an organisation: anything not a well-formed id is simply not found. */
export function requireId(value: string): string {
	if (!isUuid(value)) error(404, 'errors.not_found');
	return value.toLowerCase();
}

/**
 * The signed-in user's organisations. A GET uses the list read with the session at the start of
 * the request; after a form action (which may have just changed it) it is read again.
 */
export async function organisationsOf(
	event: Pick<RequestEvent, 'locals'> & Partial<Pick<RequestEvent, 'request'>>,
	user: SessionUser
): Promise<organisations.OrganisationSummary[]> {
	const known = readOnly(event) ? event.locals.memberships : null;
	return known ?? organisations.listForUser(database().db, user.id);
}

function readOnly(event: Partial<Pick<RequestEvent, 'request'>>): boolean {
	const method = event.request?.method;
	return method === 'GET' || method === 'HEAD';
}

const memo = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * One lookup per page view: the layouts and the page of one GET ask the same question (which
 * assessment is this) and share the answer. Only for reads: after a form action in the same
 * request, loads must see what the action changed.
 */
export function perRequest<T>(
	event: Pick<RequestEvent, 'locals'> & Partial<Pick<RequestEvent, 'request'>>,
	key: string,
	run: () => Promise<T>
): Promise<T> {
	if (!readOnly(event)) return run();
	let cache = memo.get(event.locals);
	if (!cache) memo.set(event.locals, (cache = new Map()));
	let found = cache.get(key) as Promise<T> | undefined;
	if (!found) cache.set(key, (found = run()));
	return found;
}
