import type { Audience } from '../questionnaires/audience';

/** Who answered, after DOMAIN 004's audiences; the order is the order of every breakdown. */
export const ROLE_LAYERS = [
	'executive',
	'middle_manager',
	'specialist',
	'consultant',
	'other'
] as const;
export type RoleLayer = (typeof ROLE_LAYERS)[number];

export function isRoleLayer(value: unknown): value is RoleLayer {
	return (ROLE_LAYERS as readonly unknown[]).includes(value);
}

/** A record with one entry per role layer. */
export function byRole<T>(pick: (role: RoleLayer) => T): Record<RoleLayer, T> {
	return {
		executive: pick('executive'),
		middle_manager: pick('middle_manager'),
		specialist: pick('specialist'),
		consultant: pick('consultant'),
		other: pick('other')
	};
}

/**
 * Which statements a respondent is asked. In a workshop (`byLayer`) the three layers of
 * DOMAIN 004 answer the common statements plus their own layer's; a consultant (who diagnoses
 * the whole) and anyone outside the layers, every one. (An anonymous export pools a layer too
 * small to show into "other": its rows must keep counting every answer they hold.) In a
 * self-assessment everyone answers all.
 */
export function audienceOf(role: RoleLayer, byLayer: boolean): Audience {
	if (!byLayer || role === 'consultant' || role === 'other') return 'all';
	return role;
}
