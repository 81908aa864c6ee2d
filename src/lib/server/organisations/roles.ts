export const ROLES = ['owner', 'consultant', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, consultant: 1, owner: 2 };

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Does `role` allow what `needed` allows? owner ⊃ consultant ⊃ viewer. */
export function atLeast(role: Role, needed: Role): boolean {
	return RANK[role] >= RANK[needed];
}
