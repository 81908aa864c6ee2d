import { z } from 'zod';
import { text, uuid } from '$lib/server/forms';
import { ROLES } from './roles';

const role = z.enum(ROLES, { error: 'errors.invalid_choice' });

export const organisationSchema = z.object({ name: text(120) });
export const inviteSchema = z.object({ role });
export const memberRoleSchema = z.object({ userId: uuid, role });
export const memberSchema = z.object({ userId: uuid });
export const invitationSchema = z.object({ invitationId: uuid });
