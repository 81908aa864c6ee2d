/** Only same-site paths: `next=//evil.example` or `next=https://…` must not leave the app. */
export function safeRedirect(target: string | null | undefined, fallback: string): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
		return fallback;
	return target;
}
