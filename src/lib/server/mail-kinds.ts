// Every kind of mail the app sends, from the domain that owns it, for the outbox worker: gathered
// here (not in mail/) so that the mail module depends on no domain while every domain uses it.
import type { MailKinds } from '$lib/server/mail';
import { prepareReset } from '$lib/server/auth/reset-mail';
import { prepareInvitation } from '$lib/server/organisations/invitation-mail';
import { prepareRoadmap, purgeRoadmapMailings } from '$lib/server/reports/mail';
import { prepareWorkshopLink } from '$lib/server/workshop/link-mail';

export const mailKinds: MailKinds = {
	preparers: {
		password_reset: prepareReset,
		invitation: prepareInvitation,
		workshop_link: prepareWorkshopLink,
		roadmap: prepareRoadmap
	},
	housekeeping: purgeRoadmapMailings
};
