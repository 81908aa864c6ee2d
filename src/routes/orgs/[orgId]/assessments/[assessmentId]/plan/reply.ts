// What the plan's form actions answer, and the progressive enhancement they share.
import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';
import type { FieldErrors } from '$lib/types/forms';

/** Success: { message, id }; refusal: { errors, values } with the row's id in values. */
export interface Reply {
	id?: string;
	message?: string;
	errors?: FieldErrors;
	values?: Record<string, string>;
}

/** The reply if it concerns the row `id`. */
export function replyFor(reply: Reply | null, id: string): Reply | null {
	return reply && (reply.id ?? reply.values?.id) === id ? reply : null;
}

/**
 * Keeps what was typed on a refusal; on a conflict, loads the current values too, so the
 * person sees what the other editor saved before deciding what to do.
 */
export const keepTyped: SubmitFunction = () => {
	return async ({ result, update }) => {
		await update({ reset: false });
		if (result.type === 'failure' && result.status === 409) await invalidateAll();
	};
};

/** After a move the row sits elsewhere: focus goes back to the button that moved it. */
export function refocus(buttonId: string, fallbackId: string): SubmitFunction {
	return () => {
		return async ({ update }) => {
			await update();
			const button = document.getElementById(buttonId) as HTMLButtonElement | null;
			const target = button && !button.disabled ? button : document.getElementById(fallbackId);
			target?.focus();
		};
	};
}
