import { sectionLoad } from '$lib/i18n/section';

export const load = sectionLoad('plan');
