// The process's live hub and announcer, on the process's database and event bus.
import { database } from '$lib/server/db';
import { eventBus } from '$lib/server/events';
import { Announcer } from './announce';
import { LiveHub } from './live';

interface Holder {
	hub?: LiveHub;
	announcer?: Announcer;
}
const holder = ((globalThis as Record<string, unknown>).__crmReadinessLive ??= {}) as Holder;

export function liveHub(): LiveHub {
	return (holder.hub ??= new LiveHub({ db: database().db, bus: eventBus() }));
}

export function announce(): Announcer {
	return (holder.announcer ??= new Announcer(eventBus()));
}
