// Every form action and endpoint with the zod schema that guards it, so the fuzz sweep can
// generate hostile input from it. The sweep fails when a route's action or endpoint is missing
// here: register new ones (or say why they take no input).
import type { z } from 'zod';
import {
	batchSchema,
	createSchema,
	itemTargetsSchema,
	lensTargetSchema,
	renameSchema,
	stageSchema,
	startSchema
} from '../../src/lib/server/assessments/schema';
import { freezeSchema, reassessSchema } from '../../src/lib/server/milestones/schema';
import {
	addActionSchema,
	editActionSchema,
	editGoalSchema,
	moveActionSchema,
	removeActionSchema
} from '../../src/lib/server/plans/schema';
import {
	customerSchema,
	editSchema,
	interactionSchema,
	satisfactionSchema
} from '../../src/lib/server/register/schema';
import {
	encodingSchema,
	optionsSchema,
	uploadSchema
} from '../../src/lib/server/register/import/options';
import { importFormSchema } from '../../src/lib/server/portability/schema';
import { mailRoadmapSchema } from '../../src/lib/server/reports/schema';
import {
	codeSchema,
	consensusSchema,
	joinSchema,
	mailLinkSchema,
	sectionSchema
} from '../../src/lib/server/workshop/schema';
import {
	generalSchema,
	invitationSchema,
	inviteSchema,
	memberRoleSchema,
	memberSchema,
	organisationSchema
} from '../../src/lib/server/organisations/schema';
import {
	changePasswordSchema,
	forgotPasswordSchema,
	languageSchema,
	logInSchema,
	profileSchema,
	resetPasswordSchema,
	signUpSchema
} from '../../src/lib/server/users/schema';

export type Target =
	| { schema: z.ZodType; base?: Record<string, string> }
	| { schema: z.ZodType; json: Record<string, unknown> }
	/** An endpoint that reads a form (not JSON): sent url-encoded. */
	| { schema: z.ZodType; form: Record<string, string> }
	/** Takes no input (or only the URL): nothing to fuzz, and sending it would act. */
	| { noInput: string };

export const manifest: Record<string, Target> = {
	'/signup?/default': { schema: signUpSchema },
	'/login?/default': { schema: logInSchema },
	'/language?/default': { schema: languageSchema },
	'/forgot-password?/default': { schema: forgotPasswordSchema },
	// A token of no link: hostile passwords must not get past the token check.
	'/reset-password/[token]?/default': {
		schema: resetPasswordSchema,
		base: { password: 'a new password 2027', confirm: 'a new password 2027' }
	},
	'/logout?/here': { noInput: 'ends the session' },
	'/logout?/everywhere': { noInput: 'ends every session' },
	'/account?/profile': { schema: profileSchema },
	'/account?/password': { schema: changePasswordSchema },
	'/orgs?/create': { schema: organisationSchema },
	'/orgs?/demo': { noInput: 'loads the demo organisations for a caller who has none' },
	'/orgs/[orgId]/settings?/rename': { schema: generalSchema, base: { name: 'N', locale: 'en' } },
	'/orgs/[orgId]/settings?/invite': { schema: inviteSchema, base: { role: 'viewer' } },
	'/orgs/[orgId]/settings?/revoke': { schema: invitationSchema },
	'/orgs/[orgId]/settings?/role': { schema: memberRoleSchema },
	'/orgs/[orgId]/settings?/remove': { schema: memberSchema },
	'/orgs/[orgId]/settings?/leave': { noInput: 'removes the caller from the organisation' },
	'/invite/[token]?/default': { noInput: 'the token is in the URL (junk tokens: tenancy sweep)' },
	'/orgs/[orgId]/assessments/new?/create': {
		schema: createSchema,
		base: { mode: 'self', locale: 'en', title: 'T', lenses: 'building-blocks' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]?/close': { noInput: 'changes status only' },
	'/orgs/[orgId]/assessments/[assessmentId]?/reopen': { noInput: 'changes status only' },
	'/orgs/[orgId]/assessments/[assessmentId]?/archive': { noInput: 'changes status only' },
	'/orgs/[orgId]/assessments/[assessmentId]?/restore': { noInput: 'changes status only' },
	'/orgs/[orgId]/assessments/[assessmentId]?/rename': { schema: renameSchema },
	'/orgs/[orgId]/assessments/[assessmentId]?/stage': { schema: stageSchema },
	'/orgs/[orgId]/assessments/[assessmentId]/respond?/start': {
		schema: startSchema,
		base: { role: 'executive' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/respond?/finish': {
		noInput: 'marks the respondent finished'
	},
	'/orgs/[orgId]/assessments/[assessmentId]/milestones?/freeze': {
		schema: freezeSchema,
		base: { label: 'Baseline' }
	},
	// A well-formed id of no milestone: hostile titles must not get past the milestone check.
	'/orgs/[orgId]/assessments/[assessmentId]/milestones?/reassess': {
		schema: reassessSchema,
		base: { milestone: '00000000-0000-4000-8000-000000000000', title: 'Again' }
	},
	// Well-formed ids of no action or goal: hostile text must not get past the version check.
	'/orgs/[orgId]/assessments/[assessmentId]/plan?/edit': {
		schema: editActionSchema,
		base: {
			id: '00000000-0000-4000-8000-000000000000',
			version: '1',
			text: 'T',
			phase: 'first_90_days',
			status: 'planned'
		}
	},
	'/orgs/[orgId]/assessments/[assessmentId]/plan?/add': {
		schema: addActionSchema,
		base: { text: 'T', phase: 'first_90_days' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/plan?/remove': {
		schema: removeActionSchema,
		base: { id: '00000000-0000-4000-8000-000000000000', version: '1' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/plan?/move': {
		schema: moveActionSchema,
		base: { id: '00000000-0000-4000-8000-000000000000', direction: 'up' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/plan?/goal': {
		schema: editGoalSchema,
		base: { id: '00000000-0000-4000-8000-000000000000', version: '1', kpi: 'K' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/plan?/mail': {
		schema: mailRoadmapSchema,
		base: { locale: 'en', addresses: 'reader@example.com' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/plan?/regenerate': {
		noInput: 'regenerates the plan from the results'
	},
	// Tenant A's assessment is a self-assessment: the live actions refuse it (404) whatever the
	// input; workshop.http.test.ts drives them on a workshop.
	'/orgs/[orgId]/assessments/[assessmentId]/live?/open': { noInput: 'opens the session' },
	'/orgs/[orgId]/assessments/[assessmentId]/live?/section': {
		schema: sectionSchema,
		base: { lens: 'strategic-planning', open: 'true' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/live?/reveal': { noInput: 'shows results' },
	'/orgs/[orgId]/assessments/[assessmentId]/live?/hide': { noInput: 'hides results' },
	'/orgs/[orgId]/assessments/[assessmentId]/live?/close': { noInput: 'closes the session' },
	'/orgs/[orgId]/assessments/[assessmentId]/live?/consensus': {
		schema: consensusSchema,
		base: { item: 'vision', statement: 'crm-vision', level: '2', version: '0' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/results?/targets': {
		schema: itemTargetsSchema,
		base: { item: 'vision', level: '3' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/results?/lensTarget': {
		schema: lensTargetSchema,
		base: { lens: 'strategic-planning', level: '3' }
	},
	'/orgs/[orgId]/assessments/[assessmentId]/live?/mail': {
		schema: mailLinkSchema,
		base: { addresses: 'participant@example.com' }
	},
	'/j?/go': { schema: codeSchema, base: { code: 'abcdefghjk' } },
	// Tenant A already joined its workshop: another join changes nothing, whatever the form.
	'/j/[code]?/join': { schema: joinSchema(false), base: { role: 'executive' } },
	'/j/[code]?/finish': { noInput: 'marks the participant finished' },
	'POST /j/[code]/save': {
		schema: batchSchema,
		json: {
			answers: [{ item: 'vision', statement: 'crm-vision', answer: 2, seq: 1 }],
			comments: []
		}
	},
	'POST /orgs/[orgId]/assessments/[assessmentId]/respond/save': {
		schema: batchSchema,
		json: {
			answers: [{ item: 'vision', statement: 'crm-vision', answer: 2, seq: 1 }],
			comments: []
		}
	},
	'/orgs/[orgId]/register/new?/create': {
		schema: customerSchema,
		base: { name: 'N', kind: 'person' }
	},
	// The customer's version moves on with the first accepted edit: later hostile edits must not
	// get past the version check.
	'/orgs/[orgId]/register/[customerId]/edit?/save': {
		schema: editSchema,
		base: { name: 'N', kind: 'company', version: '1' }
	},
	'/orgs/[orgId]/register/[customerId]?/archive': { noInput: 'archives the customer' },
	'/orgs/[orgId]/register/[customerId]?/restore': { noInput: 'restores the customer' },
	'/orgs/[orgId]/register/[customerId]?/interaction': {
		schema: interactionSchema,
		base: { occurred_on: '2026-01-05', channel: 'email', summary: 'S' }
	},
	'/orgs/[orgId]/register/[customerId]?/satisfaction': {
		schema: satisfactionSchema,
		base: { measured_on: '2026-01-05', expectation: '3', performance: '4' }
	},
	// The form carries a file; without one (all the sweep can send) every request is refused.
	'/orgs/[orgId]/register/import?/upload': { schema: encodingSchema, base: { encoding: 'auto' } },
	'POST /orgs/[orgId]/register/import/files': {
		schema: uploadSchema,
		json: { name: 'customers.csv', size: 100 }
	},
	'PUT /orgs/[orgId]/register/import/[importId]/file': {
		noInput:
			'takes raw bytes, not a form (bad pieces — empty, too large, out of order, after the upload finished — are refused in tests/http/register.http.test.ts)'
	},
	'POST /orgs/[orgId]/register/import/[importId]/file': {
		schema: encodingSchema,
		json: { encoding: 'auto' }
	},
	'/orgs/[orgId]/register/import/[importId]?/encoding': {
		schema: encodingSchema,
		base: { encoding: 'auto' }
	},
	'/orgs/[orgId]/register/import/[importId]?/check': {
		schema: optionsSchema,
		base: { map_0: 'name', map_1: 'email', policy: 'skip' }
	},
	'/orgs/[orgId]/register/import/[importId]?/run': {
		schema: optionsSchema,
		base: { map_0: 'name', map_1: 'email', policy: 'skip' }
	},
	'POST /orgs/[orgId]/register/import/[importId]/run': {
		schema: optionsSchema,
		form: { map_0: 'name', map_1: 'email', policy: 'skip', intent: 'check' }
	},
	'/orgs/[orgId]/register/import/[importId]?/discard': { noInput: 'deletes the upload' },
	// The form carries an export file; without one (all the sweep can send) nothing is imported.
	'/orgs/import?/import': { schema: importFormSchema, base: {} }
};
