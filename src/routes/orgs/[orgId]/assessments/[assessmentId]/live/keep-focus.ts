import type { SubmitFunction } from '@sveltejs/kit';

/**
 * The live page's forms: after a successful action SvelteKit moves the focus to the page's
 * start, as after a navigation. On the big screen that throws the facilitator out of the
 * discussion panel after every reveal or agreement (the next Page Down or M does nothing), and
 * swallows a key pressed while the action finishes. So the focus goes back to where the
 * facilitator had it when the action finished: the button pressed, or wherever they moved since.
 */
export const keepFocus: SubmitFunction = () => {
	let last: Element | null = document.activeElement;
	const track = (e: FocusEvent) => {
		if (e.target instanceof HTMLElement && e.target !== document.body) last = e.target;
	};
	document.addEventListener('focusin', track);
	return async ({ update }) => {
		try {
			await update();
		} finally {
			document.removeEventListener('focusin', track);
		}
		if (last instanceof HTMLElement && last.isConnected && document.activeElement !== last)
			last.focus({ preventScroll: true });
	};
};
