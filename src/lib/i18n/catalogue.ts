// Every message, one folder per area (messages/<area>/en.json + fa.json) so that each part of
// the product owns its strings. catalogue.test.ts fails when a key exists in one language only.
import type { Locale } from './locale';
import type { Messages } from './translate';

import assessmentEn from './messages/assessment/en.json';
import assessmentFa from './messages/assessment/fa.json';
import authEn from './messages/auth/en.json';
import authFa from './messages/auth/fa.json';
import commonEn from './messages/common/en.json';
import commonFa from './messages/common/fa.json';
import errorsEn from './messages/errors/en.json';
import errorsFa from './messages/errors/fa.json';
import homeEn from './messages/home/en.json';
import homeFa from './messages/home/fa.json';
import joinEn from './messages/join/en.json';
import joinFa from './messages/join/fa.json';
import mailEn from './messages/mail/en.json';
import mailFa from './messages/mail/fa.json';
import orgsEn from './messages/orgs/en.json';
import orgsFa from './messages/orgs/fa.json';
import planEn from './messages/plan/en.json';
import planFa from './messages/plan/fa.json';
import portabilityEn from './messages/portability/en.json';
import portabilityFa from './messages/portability/fa.json';
import questionnaireEn from './messages/questionnaire/en.json';
import questionnaireFa from './messages/questionnaire/fa.json';
import registerEn from './messages/register/en.json';
import registerFa from './messages/register/fa.json';
import reportEn from './messages/report/en.json';
import reportFa from './messages/report/fa.json';
import respondEn from './messages/respond/en.json';
import respondFa from './messages/respond/fa.json';
import resultsEn from './messages/results/en.json';
import resultsFa from './messages/results/fa.json';
import workshopEn from './messages/workshop/en.json';
import workshopFa from './messages/workshop/fa.json';
import workbookEn from './messages/workbook/en.json';
import workbookFa from './messages/workbook/fa.json';

export const catalogues: Record<Locale, Messages> = {
	en: {
		assessment: assessmentEn,
		auth: authEn,
		common: commonEn,
		errors: errorsEn,
		home: homeEn,
		join: joinEn,
		mail: mailEn,
		orgs: orgsEn,
		plan: planEn,
		portability: portabilityEn,
		questionnaire: questionnaireEn,
		register: registerEn,
		report: reportEn,
		respond: respondEn,
		results: resultsEn,
		workshop: workshopEn,
		workbook: workbookEn
	},
	fa: {
		assessment: assessmentFa,
		auth: authFa,
		common: commonFa,
		errors: errorsFa,
		home: homeFa,
		join: joinFa,
		mail: mailFa,
		orgs: orgsFa,
		plan: planFa,
		portability: portabilityFa,
		questionnaire: questionnaireFa,
		register: registerFa,
		report: reportFa,
		respond: respondFa,
		results: resultsFa,
		workshop: workshopFa,
		workbook: workbookFa
	}
};

export type Namespace =
	| 'assessment'
	| 'auth'
	| 'common'
	| 'errors'
	| 'home'
	| 'join'
	| 'mail'
	| 'orgs'
	| 'plan'
	| 'portability'
	| 'questionnaire'
	| 'register'
	| 'report'
	| 'respond'
	| 'results'
	| 'workshop'
	| 'workbook';

/**
 * What every page needs: the shell (header, footer, language, error page) and form errors. All
 * other strings come with the pages that use them (`sectionLoad` in an area's layout, or
 * `sectionMessages` in a page's load), so no page carries the whole catalogue, a page's HTML
 * carries only its own strings, and the PDF's strings never leave the server.
 */
export const BASE_NAMESPACES = ['common', 'errors'] as const satisfies readonly Namespace[];
