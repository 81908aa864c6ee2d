// The demo organisation a newcomer explores: a consultant's client with an 18-person kick-off
// workshop frozen as a milestone, a 25-person re-assessment started from it (completed and
// frozen too), and three smaller clients so the portfolio benchmark has peers.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { isPutTo } from '$lib/questionnaires/audience';
import { audienceOf, type RoleLayer } from '$lib/scoring';
import type { Locale } from '$lib/i18n/locale';
import { hashPassword } from '$lib/server/auth/password';
import { pinnedContent } from '$lib/server/assessments/content';
import { create as createAssessment, setStatus } from '$lib/server/assessments/repository';
import { saveBatch } from '$lib/server/assessments/responses';
import { freeze, reassess } from '$lib/server/milestones/service';
import { create as createOrganisation } from '$lib/server/organisations/repository';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { answersFor, random, type Rng } from './answers';
import { seedRegister } from './register';

export const DEMO_ORGANISATION = 'Demo — Parsian Trading';
export const DEMO_PEERS = [
	'Demo — Caspian Logistics',
	'Demo — Zagros Pharma',
	'Demo — Alborz Bank'
];
/** The Persian demo (`npm run seed:demo -- --lang fa`, or the button for a Persian newcomer). */
export const DEMO_ORGANISATION_FA = 'نمونه — بازرگانی پارسیان';
export const DEMO_PEERS_FA = [
	'نمونه — لجستیک کاسپین',
	'نمونه — داروسازی زاگرس',
	'نمونه — بانک البرز'
];
export const DEMO_EMAIL = 'demo@crm-readiness.example';
export const DEMO_PASSWORD = 'demo-password-2026';

const PEOPLE: [string, RoleLayer, string][] = [
	['Sara Ahmadi', 'executive', 'Board'],
	['Kourosh Rahimi', 'executive', 'Board'],
	['Leila Farahani', 'executive', 'Sales'],
	['Babak Jafari', 'executive', 'Finance'],
	['Nasrin Moradi', 'middle_manager', 'Sales'],
	['Arash Kazemi', 'middle_manager', 'Marketing'],
	['Maryam Hosseini', 'middle_manager', 'Service'],
	['Omid Sadeghi', 'middle_manager', 'IT'],
	['Parisa Ebrahimi', 'middle_manager', 'Sales'],
	['Hamid Rostami', 'middle_manager', 'Operations'],
	['Shirin Najafi', 'specialist', 'Sales'],
	['Farhad Ghasemi', 'specialist', 'Sales'],
	['Elham Asadi', 'specialist', 'Service'],
	['Navid Mohammadi', 'specialist', 'Service'],
	['Mina Tehrani', 'specialist', 'Service'],
	['Saeed Bagheri', 'specialist', 'Marketing'],
	['Roya Karimi', 'specialist', 'Marketing'],
	['Ali Shirazi', 'specialist', 'IT'],
	['Neda Azizi', 'specialist', 'IT'],
	['Pouya Nouri', 'specialist', 'Operations'],
	['Dr. Helen Marsh', 'consultant', 'External'],
	['Javad Mirzaei', 'consultant', 'External'],
	['Samira Golzar', 'consultant', 'IT'],
	['Keyvan Amini', 'other', 'Finance'],
	['Tara Soltani', 'other', 'Operations']
];

/** The same workshop, with Persian names and departments, for the Persian demo. */
const PEOPLE_FA: [string, RoleLayer, string][] = [
	['سارا احمدی', 'executive', 'هیئت‌مدیره'],
	['کوروش رحیمی', 'executive', 'هیئت‌مدیره'],
	['لیلا فراهانی', 'executive', 'فروش'],
	['بابک جعفری', 'executive', 'مالی'],
	['نسرین مرادی', 'middle_manager', 'فروش'],
	['آرش کاظمی', 'middle_manager', 'بازاریابی'],
	['مریم حسینی', 'middle_manager', 'خدمات'],
	['امید صادقی', 'middle_manager', 'فناوری اطلاعات'],
	['پریسا ابراهیمی', 'middle_manager', 'فروش'],
	['حمید رستمی', 'middle_manager', 'عملیات'],
	['شیرین نجفی', 'specialist', 'فروش'],
	['فرهاد قاسمی', 'specialist', 'فروش'],
	['الهام اسدی', 'specialist', 'خدمات'],
	['نوید محمدی', 'specialist', 'خدمات'],
	['مینا تهرانی', 'specialist', 'خدمات'],
	['سعید باقری', 'specialist', 'بازاریابی'],
	['رویا کریمی', 'specialist', 'بازاریابی'],
	['علی شیرازی', 'specialist', 'فناوری اطلاعات'],
	['ندا عزیزی', 'specialist', 'فناوری اطلاعات'],
	['پویا نوری', 'specialist', 'عملیات'],
	['دکتر هلن مارش', 'consultant', 'بیرونی'],
	['جواد میرزایی', 'consultant', 'بیرونی'],
	['سمیرا گلزار', 'consultant', 'فناوری اطلاعات'],
	['کیوان امینی', 'other', 'مالی'],
	['تارا سلطانی', 'other', 'عملیات']
];

const COMMENTS_FA: Record<string, string> = {
	'executive-buy-in':
		'مدیرعامل جلسهٔ آغاز را افتتاح کرد، اما کمیتهٔ راهبری از آن پس فقط دو بار تشکیل جلسه داده است.',
	metrics: 'هیچ شاخصی برای سنجش وضعیت فعلی نداریم؛ گزارش‌های فروش فقط حجم را نشان می‌دهند.',
	information: 'داده‌های مشتریان در سه صفحه‌گسترده و نرم‌افزار حسابداری قدیمی پراکنده است.',
	'process-design': 'فرایند ثبت سفارش هنوز کاغذی است و کارشناسان داده‌ها را دو بار وارد می‌کنند.',
	vision: 'همه شعار را از بر هستند؛ کمتر کسی می‌داند در یک تماس خدماتی چه معنایی دارد.'
};

/** The words of the demo in each language. */
const WORDS = {
	en: {
		organisation: DEMO_ORGANISATION,
		peers: DEMO_PEERS,
		people: () => PEOPLE,
		comments: () => COMMENTS,
		kickoff: 'Kick-off readiness workshop',
		kickoffMilestone: 'Kick-off (spring)',
		again: 'Readiness after the first 90 days',
		againMilestone: 'After 90 days (autumn)',
		peerTitle: 'Readiness workshop',
		baseline: 'Baseline'
	},
	fa: {
		organisation: DEMO_ORGANISATION_FA,
		peers: DEMO_PEERS_FA,
		people: () => PEOPLE_FA,
		comments: () => COMMENTS_FA,
		kickoff: 'کارگاه آمادگی آغاز پروژه',
		kickoffMilestone: 'آغاز کار (بهار)',
		again: 'آمادگی پس از نود روز نخست',
		againMilestone: 'پس از نود روز (پاییز)',
		peerTitle: 'کارگاه آمادگی',
		baseline: 'خط پایه'
	}
} as const;

const COMMENTS: Record<string, string> = {
	'executive-buy-in':
		'The CEO opened the kick-off, but the steering group has met only twice since.',
	metrics: 'هیچ شاخصی برای سنجش وضعیت فعلی نداریم؛ گزارش‌های فروش فقط حجم را نشان می‌دهند.',
	information: 'Customer data lives in three spreadsheets and the old accounting program.',
	'process-design': 'فرایند ثبت سفارش هنوز کاغذی است و کارشناسان داده‌ها را دو بار وارد می‌کنند.',
	vision: 'Everyone can repeat the slogan; few can say what it means for a service call.'
};

async function demoUser(db: Kysely<DB>): Promise<string> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const row = await db
		.insertInto('users')
		.values({ email: DEMO_EMAIL, name: 'Dana (demo consultant)', password_hash: passwordHash })
		.onConflict((oc) => oc.column('email').doUpdateSet({ password_hash: passwordHash }))
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

async function workshop(
	db: Kysely<DB>,
	rng: Rng,
	assessmentId: string,
	people: typeof PEOPLE,
	shift: number,
	commentsByItem: Record<string, string>
) {
	const { lenses } = await pinnedContent(db, assessmentId);
	for (const [name, role, department] of people) {
		const respondent = await db
			.insertInto('respondents')
			.values({
				assessment_id: assessmentId,
				name,
				role_layer: role,
				department,
				finished_at: new Date()
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		// Only what a participant of this layer is put (the common statements and their own), as
		// the save endpoint allows; drawn from the same sequence whatever is left out.
		const audience = audienceOf(role, true);
		const answers = Object.entries(answersFor(rng, lenses, role, shift)).flatMap(
			([key, answer]) => {
				const [item, statement] = key.split('/') as [string, string];
				const lens = lenses.find((l) => l.items.some((i) => i.id === item));
				const s = lens?.items
					.find((i) => i.id === item)
					?.statements.find((x) => x.id === statement);
				if (!lens || !s || !isPutTo(s, audience, null)) return [];
				return [{ questionnaire: lens.id, item, statement, answer, seq: 1 }];
			}
		);
		const comments = Object.entries(commentsByItem)
			.filter(() => rng() < 0.12)
			.map(([item, body]) => ({ item, body, seq: 1 }));
		await saveBatch(db, assessmentId, respondent.id, { answers, comments });
	}
}

export interface DemoIds {
	userId: string;
	organisationId: string;
	kickoffId: string;
	assessmentId: string;
}

export interface DemoOptions {
	/** The language of the demo's names, titles, labels, customers and comments. */
	lang?: Locale;
	/**
	 * The account that owns the demo. Without it the shared demo account (DEMO_EMAIL) is
	 * created; with it, a signed-in newcomer loads the demo into their own account.
	 */
	userId?: string;
}

/** Creates the demo (replacing an earlier one of the same owner and language: it is demo data). */
export async function seedDemo(db: Kysely<DB>, options: DemoOptions = {}): Promise<DemoIds> {
	const lang = options.lang ?? 'en';
	const words = WORDS[lang];
	const people = words.people();
	const comments = words.comments();
	const q = loadQuestionnaires();
	const lenses = q.lenses.map((l) => l.id);
	const userId = options.userId ?? (await demoUser(db));
	await db
		.deleteFrom('organisations')
		.where('name', 'in', [words.organisation, ...words.peers])
		.where('created_by', '=', userId)
		.execute();
	const rng = random(20261124);
	const common = { mode: 'workshop' as const, anonymous: false, lenses, createdBy: userId };

	const org = await createOrganisation(db, userId, words.organisation);
	if (lang !== 'en')
		await db.updateTable('organisations').set({ locale: lang }).where('id', '=', org.id).execute();
	const kickoffId = await createAssessment(db, {
		...common,
		organisationId: org.id,
		title: words.kickoff,
		locale: lang
	});
	await workshop(
		db,
		rng,
		kickoffId,
		people.filter((_, i) => i % 4 !== 3),
		-0.5,
		comments
	);
	await setStatus(db, org.id, kickoffId, 'closed');
	const kickoff = await freeze(db, {
		organisationId: org.id,
		assessment: { id: kickoffId, anonymous: false },
		label: words.kickoffMilestone,
		userId
	});
	if (!kickoff.ok)
		throw new Error(`demo: could not freeze the kick-off milestone (${kickoff.error})`);
	const again = await reassess(db, {
		organisationId: org.id,
		assessment: { id: kickoffId, mode: 'workshop', anonymous: false, locale: lang },
		milestoneId: kickoff.id,
		title: words.again,
		userId
	});
	if (!again.ok) throw new Error(`demo: could not start the re-assessment (${again.error})`);
	await workshop(db, rng, again.id, people, 0, comments);
	await setStatus(db, org.id, again.id, 'closed');
	await freeze(db, {
		organisationId: org.id,
		assessment: { id: again.id, anonymous: false },
		label: words.againMilestone,
		userId
	});

	await seedRegister(db, rng, org.id, userId, lang);

	// Peers for the portfolio benchmark: the same consultant's other clients.
	for (const [i, name] of words.peers.entries()) {
		const peer = await createOrganisation(db, userId, name);
		const id = await createAssessment(db, {
			...common,
			organisationId: peer.id,
			title: words.peerTitle,
			locale: lang
		});
		await workshop(
			db,
			rng,
			id,
			people.filter((_, j) => j % 3 === i % 3),
			[-0.6, 0.2, 0.6][i] ?? 0,
			comments
		);
		await setStatus(db, peer.id, id, 'closed');
		await freeze(db, {
			organisationId: peer.id,
			assessment: { id, anonymous: false },
			label: words.baseline,
			userId
		});
	}
	await db
		.updateTable('users')
		.set({ last_organisation_id: org.id })
		.where('id', '=', userId)
		.execute();
	return { userId, organisationId: org.id, kickoffId, assessmentId: again.id };
}
