import { z } from 'zod';
import { text, uuid } from '$lib/server/forms';

export const freezeSchema = z.object({ label: text(120) });

export const reassessSchema = z.object({ milestone: uuid, title: text(160) });
