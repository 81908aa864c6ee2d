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
