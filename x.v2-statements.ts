// One-off: the new and reworded statements of questionnaires v2 (written into the YAML files).
type T = [string, string];
export interface NewStatement {
	id: string;
	scope?: string;
	text: { en: string; fa: string };
	levels: { en: string; fa: string }[];
}
const S = (id: string, text: T, levels: T[], scope?: string): NewStatement => ({
	id,
	...(scope ? { scope } : {}),
	text: { en: text[0], fa: text[1] },
	levels: levels.map(([en, fa]) => ({ en, fa }))
});

// ---------------------------------------------------------------- failure-risks / scope-creep
export const SCOPE: NewStatement[] = [
	S(
		'scope-deployment',
		[
			'Application deployment — which modules go live, for which groups and sites, in which order — is defined, estimated and owned in the project plan.',
			'استقرار برنامهٔ کاربردی (کدام ماژول‌ها، برای کدام گروه‌ها و شعبه‌ها و به چه ترتیبی راه‌اندازی می‌شوند) در برنامهٔ پروژه تعریف و برآورد شده و مسئول مشخص دارد.'
		],
		[
			['Nobody has said which modules go live for whom; the licence quote stands in for a plan.', 'کسی نگفته است کدام ماژول برای چه کسانی راه‌اندازی می‌شود و پیش‌فاکتور مجوز جای برنامه را گرفته است.'],
			['Go-live is one date for everyone; the groups, sites and order have not been worked out.', 'راه‌اندازی یک تاریخ واحد برای همه است و گروه‌ها، شعبه‌ها و ترتیب آن بررسی نشده است.'],
			['The modules and groups are listed, but the effort of rolling out to each has not been estimated.', 'ماژول‌ها و گروه‌ها فهرست شده‌اند، اما تلاش لازم برای راه‌اندازی در هرکدام برآورد نشده است.'],
			['Each release has its modules, groups, an estimate and an owner, in a sequence the business agreed.', 'هر نسخه ماژول‌ها، گروه‌ها، برآورد و مسئول خود را دارد و ترتیب آن‌ها را کسب‌وکار تأیید کرده است.'],
			['The rollout plan is re-estimated after each wave from what the previous wave actually took.', 'برنامهٔ راه‌اندازی پس از هر موج، بر پایهٔ آنچه موج قبلی واقعاً لازم داشت، دوباره برآورد می‌شود.']
		],
		'deployment'
	),
	S(
		'scope-data-migration',
		[
			'Data migration — which customer data moves from which sources, and how it is cleaned and checked — is estimated from a sample of the real data and has an owner.',
			'انتقال داده‌ها (کدام داده‌های مشتری از کدام منبع منتقل می‌شوند و چگونه پاک‌سازی و وارسی می‌شوند) بر پایهٔ نمونه‌ای از داده‌های واقعی برآورد شده و مسئول مشخص دارد.'
		],
		[
			['Migration is not in the plan; the data is assumed to "come across" at go-live.', 'انتقال داده‌ها در برنامه نیامده و فرض شده است داده‌ها هنگام راه‌اندازی «خودشان منتقل می‌شوند».'],
			['Migration is mentioned as one line, with no list of sources and no estimate.', 'از انتقال داده‌ها در یک سطر یاد شده است، بی‌آنکه منابع فهرست یا کار برآورد شده باشد.'],
			['The sources are listed, but nobody has looked at a sample of their data yet.', 'منابع داده فهرست شده‌اند، اما هنوز کسی نمونه‌ای از داده‌های آن‌ها را بررسی نکرده است.'],
			['A data sample was profiled; cleansing, mapping and checking are estimated and owned.', 'نمونه‌ای از داده‌ها بررسی شده و کار پاک‌سازی، نگاشت و وارسی برآورد شده و مسئول دارد.'],
			['Trial migrations are run and checked before the real one, and the estimate is updated from them.', 'پیش از انتقال اصلی، انتقال آزمایشی اجرا و وارسی می‌شود و برآورد بر پایهٔ آن به‌روز می‌شود.']
		],
		'data_migration'
	),
	S(
		'scope-integration',
		[
			'System integration — every system CRM must exchange data with, and which way the data flows — is listed, estimated and owned.',
			'یکپارچه‌سازی سیستم‌ها (همهٔ سیستم‌هایی که CRM باید با آن‌ها داده مبادله کند و جهت جریان داده) فهرست و برآورد شده و مسئول مشخص دارد.'
		],
		[
			['Integration has not been considered; CRM is planned as a stand-alone system.', 'به یکپارچه‌سازی فکر نشده است و CRM سیستمی جدا و مستقل فرض شده است.'],
			['Some links are expected, but which systems and what data have not been written down.', 'انتظار می‌رود به برخی سیستم‌ها وصل شود، اما اینکه کدام سیستم‌ها و چه داده‌هایی، مکتوب نشده است.'],
			['The systems are listed, but the interfaces have not been estimated with the teams that own them.', 'سیستم‌ها فهرست شده‌اند، اما رابط‌ها با تیم‌های صاحب آن سیستم‌ها برآورد نشده‌اند.'],
			['Each interface has its data, direction, frequency, estimate and owner on both sides.', 'هر رابط داده، جهت، تناوب، برآورد و مسئولی در هر دو سو دارد.'],
			['Interfaces are tested early on real data, and new integration requests go through change control.', 'رابط‌ها زود و با داده‌های واقعی آزموده می‌شوند و درخواست‌های تازهٔ یکپارچه‌سازی از مسیر کنترل تغییر می‌گذرند.']
		],
		'integration'
	),
	S(
		'scope-customisation',
		[
			'Software customisation is limited to a written list, each item tied to a goal and estimated.',
			'سفارشی‌سازی نرم‌افزار به فهرستی مکتوب محدود است که هر قلم آن به یک هدف پیوند دارد و برآورد شده است.'
		],
		[
			['Customisations are added whenever a user asks for one.', 'هر وقت کاربری چیزی بخواهد، سفارشی‌سازی تازه‌ای افزوده می‌شود.'],
			['Customisation is expected to be "small"; nobody keeps a list.', 'انتظار می‌رود سفارشی‌سازی «کم» باشد، اما کسی فهرستی از آن نگه نمی‌دارد.'],
			['A list exists, but its items are not tied to goals or have no estimate.', 'فهرستی هست، اما اقلام آن به اهداف پیوند ندارند یا برآورد نشده‌اند.'],
			['Every customisation names the goal it serves, has an estimate and was approved.', 'هر سفارشی‌سازی هدفی را که به آن خدمت می‌کند نام می‌برد، برآورد دارد و تأیید شده است.'],
			['Standard features are preferred; customisations are reviewed at each release and removed when no longer needed.', 'امکانات استاندارد ترجیح داده می‌شود و سفارشی‌سازی‌ها در هر نسخه بازبینی و در صورت بی‌نیازی حذف می‌شوند.']
		],
		'customisation'
	),
	S(
		'scope-staffing',
		[
			'Staffing is planned: who works on the project, for how much of their time, and who covers their daily work.',
			'تأمین نیروی انسانی برنامه‌ریزی شده است: چه کسانی، با چه سهمی از وقتشان، روی پروژه کار می‌کنند و کار روزمرهٔ آن‌ها را چه کسی انجام می‌دهد.'
		],
		[
			['The project is expected to be done "on the side" of everyone\'s daily work.', 'انتظار می‌رود پروژه «در کنار» کار روزمرهٔ همه انجام شود.'],
			['Key people are named, but their time has not been released.', 'افراد کلیدی نام برده شده‌اند، اما وقتشان برای پروژه آزاد نشده است.'],
			['Time is released for some key people, but nobody covers their daily work.', 'برای برخی افراد کلیدی وقت آزاد شده، اما کسی کار روزمرهٔ آن‌ها را پوشش نمی‌دهد.'],
			['Every role on the project has a named person, a share of time, a budget line and cover for their daily work.', 'هر نقش در پروژه فرد مشخص، سهم وقت، ردیف بودجه و جایگزینی برای کار روزمره دارد.'],
			['Staffing is checked at each phase and adjusted before people are overloaded.', 'نیروی انسانی در هر مرحله بررسی و پیش از آنکه افراد زیر بار بمانند تنظیم می‌شود.']
		],
		'staffing'
	),
	S(
		'scope-change-management',
		[
			'Change management is in the project scope as work of its own, with an estimate, a budget and an owner.',
			'مدیریت تغییر به‌عنوان کاری مستقل، با برآورد، بودجه و مسئول، در محدودهٔ پروژه آمده است.'
		],
		[
			['Change management is not part of the project.', 'مدیریت تغییر جزو پروژه نیست.'],
			['It is expected to happen through the launch announcement and the training.', 'انتظار می‌رود با اعلام راه‌اندازی و آموزش، خودبه‌خود انجام شود.'],
			['It is mentioned in the plan, but has no budget or owner.', 'در برنامه از آن یاد شده، اما بودجه و مسئول ندارد.'],
			['It has an estimate, a budget line and an owner, like any technical work package.', 'مانند هر بستهٔ کاری فنی، برآورد، ردیف بودجه و مسئول دارد.'],
			['Its effort is tracked and adjusted as the rollout reaches new groups.', 'تلاش صرف‌شده برای آن پایش می‌شود و با رسیدن راه‌اندازی به گروه‌های تازه تنظیم می‌شود.']
		],
		'change_management'
	),
	S(
		'scope-time',
		[
			'The schedule has an agreed baseline, and a scope change that would move a date is decided explicitly, not absorbed.',
			'زمان‌بندی خط مبنای توافق‌شده دارد و دربارهٔ هر تغییر محدوده که تاریخی را جابه‌جا کند، آگاهانه تصمیم گرفته می‌شود، نه اینکه بی‌صدا جذب شود.'
		],
		[
			['There is a go-live date, but no schedule behind it.', 'تاریخی برای راه‌اندازی هست، اما زمان‌بندی‌ای پشت آن نیست.'],
			['A schedule exists; additions are squeezed in and slips are noticed only when a date is missed.', 'زمان‌بندی وجود دارد، اما افزوده‌ها در آن چپانده می‌شوند و تأخیر تنها وقتی دیده می‌شود که موعدی از دست برود.'],
			['The schedule is tracked, but changes are approved without asking what they do to it.', 'زمان‌بندی پایش می‌شود، اما تغییرات بدون پرسیدن اثرشان بر آن تأیید می‌شوند.'],
			['Every change request states its effect on the schedule, and the baseline is updated when one is approved.', 'هر درخواست تغییر اثرش را بر زمان‌بندی بیان می‌کند و با تأیید آن، خط مبنا به‌روز می‌شود.'],
			['Schedule trade-offs are made openly with the sponsor, and the history of slips is reviewed for causes.', 'بده‌بستان‌های زمانی آشکارا با حامی پروژه انجام می‌شود و سابقهٔ تأخیرها برای یافتن علت‌ها مرور می‌شود.']
		],
		'time'
	),
	S(
		'scope-cost',
		[
			'The budget has an agreed baseline, and every scope change is costed before it is approved.',
			'بودجه خط مبنای توافق‌شده دارد و هزینهٔ هر تغییر محدوده پیش از تأیید برآورد می‌شود.'
		],
		[
			['The budget is the vendor\'s quote; nothing else is counted.', 'بودجه همان پیش‌فاکتور فروشنده است و هزینهٔ دیگری حساب نشده است.'],
			['A budget exists, but changes are paid for as they come, without a decision.', 'بودجه‌ای هست، اما هزینهٔ تغییرات هر زمان که پیش آید، بدون تصمیم‌گیری پرداخت می‌شود.'],
			['Spending is tracked, but changes are approved before their cost is known.', 'هزینه‌ها پایش می‌شوند، اما تغییرات پیش از روشن شدن هزینه‌شان تأیید می‌شوند.'],
			['Every change is costed and approved against the budget baseline by a named board.', 'هزینهٔ هر تغییر برآورد می‌شود و هیئتی مشخص آن را در برابر خط مبنای بودجه تأیید می‌کند.'],
			['Cost trade-offs are explicit (more scope means more money or less of something else) and a contingency is managed openly.', 'بده‌بستان‌های هزینه صریح است (محدودهٔ بیشتر یعنی پول بیشتر یا کنار گذاشتن چیزی دیگر) و ذخیرهٔ احتیاط آشکارا مدیریت می‌شود.']
		],
		'cost'
	),
	S(
		'scope-quality',
		[
			'Quality is defined before work starts — acceptance criteria for data, processes and the system — and is not cut silently to hold time or cost.',
			'کیفیت پیش از شروع کار تعریف شده است (معیارهای پذیرش برای داده‌ها، فرایندها و سیستم) و برای حفظ زمان یا هزینه بی‌صدا کاسته نمی‌شود.'
		],
		[
			['Nobody has said what "done" means; quality is judged at go-live.', 'کسی نگفته است «انجام‌شده» یعنی چه و کیفیت هنگام راه‌اندازی داوری می‌شود.'],
			['Testing is planned at the end, and is the first thing cut when time runs short.', 'آزمون برای پایان کار برنامه‌ریزی شده و نخستین چیزی است که با کمبود وقت حذف می‌شود.'],
			['Some acceptance criteria exist, but not for data quality or the redesigned processes.', 'برخی معیارهای پذیرش هست، اما برای کیفیت داده‌ها یا فرایندهای بازطراحی‌شده نه.'],
			['Acceptance criteria cover data, processes and the system, and each release is accepted against them.', 'معیارهای پذیرش داده‌ها، فرایندها و سیستم را در بر می‌گیرند و هر نسخه بر پایهٔ آن‌ها پذیرفته می‌شود.'],
			['Any proposal to lower quality to hold time or cost goes to the change board like any other change.', 'هر پیشنهادی برای کاستن از کیفیت به‌منظور حفظ زمان یا هزینه، مانند هر تغییر دیگری به هیئت کنترل تغییر می‌رود.']
		],
		'quality'
	)
];

// ---------------------------------------------------------------- failure-risks / user-adoption
export const READINESS = S(
	'change-readiness',
	[
		'A change-readiness assessment has asked each affected group how ready it is for the change and which fears it has (new processes, automation, accountability, loss of control).',
		'ارزیابی آمادگی برای تغییر از هر گروه متأثر پرسیده است چقدر برای تغییر آماده است و چه نگرانی‌هایی دارد (فرایندهای تازه، خودکارسازی، پاسخ‌گویی، از دست دادن کنترل).'
	],
	[
		['Nobody has asked the affected groups how they feel about the change.', 'هیچ‌کس از گروه‌های متأثر نپرسیده است نسبت به تغییر چه احساسی دارند.'],
		['Managers have an informal sense of who will resist; nothing is written down.', 'مدیران تصوری غیررسمی از اینکه چه کسانی مقاومت می‌کنند دارند، اما چیزی مکتوب نشده است.'],
		['Readiness has been assessed for some groups only, or without asking about fears.', 'آمادگی فقط برای برخی گروه‌ها، یا بدون پرسیدن از نگرانی‌ها، ارزیابی شده است.'],
		['Every affected group has been assessed; its main fears are named and each has a response in the plan.', 'آمادگی همهٔ گروه‌های متأثر ارزیابی شده، نگرانی‌های اصلی نام‌گذاری شده و برای هرکدام پاسخی در برنامه هست.'],
		['The assessment is repeated before each rollout wave, and its results change timing and support.', 'ارزیابی پیش از هر موج راه‌اندازی تکرار می‌شود و نتایجش زمان‌بندی و پشتیبانی را تغییر می‌دهد.']
	]
);
export const IMPACT = S(
	'impact-analysis',
	[
		'A technology and business impact analysis records, for each affected group, what changes in its daily work — tasks, tools, data and accountability — found for example through design-thinking sessions with the people who do the work.',
		'تحلیل اثرات فناوری و کسب‌وکار برای هر گروه متأثر ثبت کرده است چه چیزی در کار روزانه‌اش تغییر می‌کند (وظایف، ابزارها، داده‌ها و پاسخ‌گویی)؛ برای نمونه از راه جلسه‌های تفکر طراحی با کسانی که آن کار را انجام می‌دهند.'
	],
	[
		['Nobody has worked out what changes for whom.', 'هیچ‌کس بررسی نکرده است چه چیزی برای چه کسی تغییر می‌کند.'],
		['The changes are described in general terms for "the users", not per group.', 'تغییرات به‌طور کلی و برای «کاربران» توصیف شده‌اند، نه برای هر گروه.'],
		['The impact is mapped for some groups, or for the tools only and not for tasks and accountability.', 'اثرات برای برخی گروه‌ها، یا فقط برای ابزارها و نه برای وظایف و پاسخ‌گویی، ترسیم شده است.'],
		['Every affected group has a written impact map, checked with people from that group.', 'هر گروه متأثر نقشهٔ اثرات مکتوبی دارد که با افرادی از همان گروه وارسی شده است.'],
		['Impact maps are revised when the design changes, and they drive the training and communications content.', 'نقشه‌های اثرات با تغییر طراحی بازبینی می‌شوند و محتوای آموزش و ارتباطات را شکل می‌دهند.']
	]
);

// ---------------------------------------------------------------- strategic-planning
export const BARRIERS_REMOVED = S(
	'barriers-removed',
	[
		'Barriers the organisation has already removed were checked afterwards, and the delay or refusal they caused no longer happens.',
		'مانع‌هایی که سازمان تاکنون برداشته، پس از برداشتن وارسی شده‌اند و تأخیر یا امتناعی که پدید می‌آوردند دیگر رخ نمی‌دهد.'
	],
	[
		['No barrier has been removed yet.', 'هنوز هیچ مانعی برداشته نشده است.'],
		['Some barriers were declared removed, but nobody checked whether anything changed.', 'برخی مانع‌ها برداشته‌شده اعلام شده‌اند، اما کسی وارسی نکرده است چیزی تغییر کرده یا نه.'],
		['A few removals were checked; the old behaviour returns in some teams.', 'چند مورد وارسی شده است، اما رفتار پیشین در برخی تیم‌ها بازمی‌گردد.'],
		['Each removal is checked with the people affected, and the barrier is closed only when the behaviour has changed.', 'هر برداشتن مانع با افراد درگیر وارسی می‌شود و تنها وقتی بسته می‌شود که رفتار واقعاً تغییر کرده باشد.'],
		['Removed barriers are re-checked later, and what was learnt is used on the next ones.', 'مانع‌های برداشته‌شده بعدها دوباره وارسی می‌شوند و آموخته‌ها برای مانع‌های بعدی به کار می‌رود.']
	]
);
export const NOT_SOFTWARE = S(
	'bt-not-software',
	[
		'The people leading the project describe CRM as a new way of working with customers, not as installing software or importing the old customer data into it.',
		'کسانی که پروژه را پیش می‌برند، CRM را شیوهٔ تازه‌ای از کار با مشتریان توصیف می‌کنند، نه نصب یک نرم‌افزار یا وارد کردن داده‌های قدیمی مشتریان به آن.'
	],
	[
		['CRM is a software purchase; success means the system is installed and the old data is in it.', 'CRM خرید یک نرم‌افزار است و موفقیت یعنی سیستم نصب شده و داده‌های قدیمی در آن است.'],
		['Leaders mention "customer focus", but the plan contains only installation and data import.', 'مدیران از «مشتری‌مداری» سخن می‌گویند، اما برنامه فقط نصب و ورود داده‌ها را در بر دارد.'],
		['The plan includes some changes to ways of working, but they are the first to be dropped.', 'برنامه برخی تغییرات در شیوهٔ کار را در بر دارد، اما این‌ها نخستین چیزهایی‌اند که کنار گذاشته می‌شوند.'],
		['Changes to processes, roles and behaviour are planned and funded alongside the software.', 'تغییر فرایندها، نقش‌ها و رفتارها هم‌پای نرم‌افزار برنامه‌ریزی شده و بودجه دارد.'],
		['Progress is reported in customer and working-practice terms first, and in system terms second.', 'پیشرفت نخست با معیارهای مشتری و شیوهٔ کار گزارش می‌شود و سپس با معیارهای سیستم.']
	]
);
export const BEYOND_COMPLAINTS = S(
	'bt-beyond-complaints',
	[
		'CRM is understood as an organisation-wide strategy for customer relationships, not as the complaints or customer-affairs desk under a new name.',
		'CRM استراتژی‌ای سازمانی برای ارتباط با مشتریان دانسته می‌شود، نه همان واحد رسیدگی به شکایات یا امور مشتریان با نامی تازه.'
	],
	[
		['The "CRM unit" is the former complaints desk with a new sign.', '«واحد CRM» همان واحد شکایات پیشین با تابلویی تازه است.'],
		['CRM is seen as a customer-service matter; other units expect nothing to change for them.', 'CRM موضوعی مربوط به خدمات مشتریان دانسته می‌شود و واحدهای دیگر انتظار ندارند چیزی برایشان تغییر کند.'],
		['Sales and marketing see a role for themselves, but finance, operations and management do not.', 'فروش و بازاریابی برای خود نقشی می‌بینند، اما مالی، عملیات و مدیریت نه.'],
		['Every unit can say what CRM changes in its own work, and the customer-affairs desk is one part of it.', 'هر واحد می‌تواند بگوید CRM چه چیزی را در کار خودش تغییر می‌دهد و واحد امور مشتریان تنها بخشی از آن است.'],
		['CRM is discussed in strategy and budget meetings as a way of running the business.', 'از CRM در جلسه‌های استراتژی و بودجه به‌عنوان شیوه‌ای برای ادارهٔ کسب‌وکار سخن گفته می‌شود.']
	]
);

// ---------------------------------------------------------------- building-blocks
export const VALUE_PROPOSITION = S(
	'value-proposition',
	[
		'The customer value proposition states which customers the organisation serves and what value it promises them.',
		'گزارهٔ ارزش مشتری بیان می‌کند سازمان به کدام مشتریان خدمت می‌کند و چه ارزشی به آنان وعده می‌دهد.'
	],
	[
		['There is no value proposition; "everyone" is the customer.', 'گزارهٔ ارزشی وجود ندارد و «همه» مشتری‌اند.'],
		['The value promised is described differently by each manager.', 'هر مدیر ارزش وعده‌داده‌شده را به شکلی دیگر توصیف می‌کند.'],
		['A value proposition is written, but it does not say which customers it is for.', 'گزارهٔ ارزش مکتوب شده، اما نمی‌گوید برای کدام مشتریان است.'],
		['It names the customers served and the value promised to each, and managers describe it the same way.', 'مشتریان هدف و ارزش وعده‌داده‌شده به هرکدام را نام می‌برد و مدیران آن را یکسان توصیف می‌کنند.'],
		['It is reviewed with customers\' feedback and guides which offers are made and which are dropped.', 'با بازخورد مشتریان بازبینی می‌شود و تعیین می‌کند کدام پیشنهادها ارائه و کدام کنار گذاشته شوند.']
	]
);
export const DIFFERENTIATION = S(
	'differentiation',
	[
		'The organisation knows how its value proposition differs from its competitors\', and has checked that difference with customers.',
		'سازمان می‌داند گزارهٔ ارزشش چه تفاوتی با گزارهٔ ارزش رقبا دارد و این تفاوت را با مشتریان وارسی کرده است.'
	],
	[
		['Nobody can say how the offer differs from competitors\'.', 'کسی نمی‌تواند بگوید پیشنهاد سازمان چه تفاوتی با پیشنهاد رقبا دارد.'],
		['The difference is claimed ("better service"), but not specific.', 'تفاوتی ادعا می‌شود («خدمات بهتر»)، اما مشخص نیست.'],
		['A specific difference is written down, but never checked with customers.', 'تفاوتی مشخص مکتوب شده، اما هرگز با مشتریان وارسی نشده است.'],
		['Customers confirm the difference in interviews or surveys, and staff can name it.', 'مشتریان در مصاحبه یا نظرسنجی این تفاوت را تأیید می‌کنند و کارکنان می‌توانند آن را نام ببرند.'],
		['Competitors\' offers are watched, and the difference is renewed before it wears off.', 'پیشنهادهای رقبا پایش می‌شوند و تفاوت پیش از کم‌رنگ شدن نو می‌شود.']
	]
);
export const LIFETIME = S(
	'lifetime-relationships',
	[
		'Customers are treated as long-term relationships whose value is created together with them, not as a series of separate sales.',
		'با مشتریان همچون رابطه‌ای بلندمدت رفتار می‌شود که ارزش آن با مشارکت خود آنان آفریده می‌شود، نه همچون رشته‌ای از فروش‌های جدا از هم.'
	],
	[
		['Each sale is a separate transaction; nobody looks at a customer\'s history or future.', 'هر فروش معامله‌ای جداگانه است و کسی به سابقه یا آیندهٔ مشتری نگاه نمی‌کند.'],
		['Repeat customers are welcomed, but nobody knows what a customer is worth over time.', 'از مشتریان تکراری استقبال می‌شود، اما کسی نمی‌داند ارزش یک مشتری در طول زمان چقدر است.'],
		['The value of key customers over time is estimated, but decisions are still made sale by sale.', 'ارزش مشتریان کلیدی در طول زمان برآورد می‌شود، اما تصمیم‌ها هنوز فروش به فروش گرفته می‌شوند.'],
		['Decisions about key customers weigh their lifetime value, and some offers are designed with customers.', 'در تصمیم‌گیری دربارهٔ مشتریان کلیدی ارزش طول عمرشان سنجیده می‌شود و برخی پیشنهادها با مشارکت مشتریان طراحی می‌شوند.'],
		['Customers regularly shape products and services with the organisation, and lifetime value is a managed target.', 'مشتریان به‌طور منظم در شکل دادن محصولات و خدمات با سازمان همراه‌اند و ارزش طول عمر مشتری هدفی مدیریت‌شده است.']
	]
);
export const JOURNEY_MAPPED = S(
	'journey-mapped',
	[
		'The main customer journeys are mapped step by step from the customer\'s side, across every unit and channel the customer passes through.',
		'سفرهای اصلی مشتری گام‌به‌گام و از نگاه مشتری، در همهٔ واحدها و کانال‌هایی که مشتری از آن‌ها می‌گذرد، ترسیم شده‌اند.'
	],
	[
		['No journey has been mapped; each unit knows only its own step.', 'هیچ سفری ترسیم نشده و هر واحد فقط گام خودش را می‌شناسد.'],
		['Journeys are described from the organisation\'s side, as internal procedures.', 'سفرها از نگاه سازمان و به‌صورت رویه‌های داخلی توصیف شده‌اند.'],
		['One or two journeys are mapped from the customer\'s side, or only inside one unit.', 'یک یا دو سفر از نگاه مشتری ترسیم شده، یا فقط درون یک واحد.'],
		['The main journeys are mapped across units and channels, and checked with real customers.', 'سفرهای اصلی در همهٔ واحدها و کانال‌ها ترسیم و با مشتریان واقعی وارسی شده‌اند.'],
		['Journey maps are kept current and used to decide where the experience is improved next.', 'نقشه‌های سفر به‌روز نگه داشته می‌شوند و برای تصمیم دربارهٔ گام بعدی بهبود تجربه به کار می‌روند.']
	]
);
export const JOINT_WORK = S(
	'joint-customer-work',
	[
		'In daily work, departments solve customer problems together — for example in a regular cross-department customer review — rather than passing them along.',
		'واحدها در کار روزانه مشکلات مشتری را با هم حل می‌کنند (برای نمونه در جلسهٔ منظم بررسی مشتریان با حضور چند واحد)، نه اینکه آن‌ها را به یکدیگر پاس دهند.'
	],
	[
		['Each department handles its own piece; problems between departments bounce back and forth.', 'هر واحد تکهٔ خودش را انجام می‌دهد و مشکلات میان واحدها دست‌به‌دست می‌شوند.'],
		['Departments work together only when a customer escalates to a senior manager.', 'واحدها فقط وقتی با هم کار می‌کنند که مشتری کار را به مدیر ارشد بکشاند.'],
		['Some teams meet about shared customers, but it depends on personal relationships.', 'برخی تیم‌ها دربارهٔ مشتریان مشترک جلسه دارند، اما این به روابط شخصی بستگی دارد.'],
		['A regular cross-department forum solves customer problems and agrees who does what.', 'جلسه‌ای منظم با حضور چند واحد مشکلات مشتریان را حل و دربارهٔ تقسیم کار توافق می‌کند.'],
		['Joint work on customers is the normal way of working, and its results are reviewed and improved.', 'کار مشترک روی مشتریان شیوهٔ عادی کار است و نتایجش مرور و بهتر می‌شود.']
	]
);
export const CULTURE = S(
	'customer-culture',
	[
		'Teams that never meet a customer (finance, logistics, IT) know which customer outcomes their work affects.',
		'تیم‌هایی که هرگز با مشتری روبه‌رو نمی‌شوند (مالی، لجستیک، فناوری اطلاعات) می‌دانند کارشان بر کدام نتایج مشتری اثر می‌گذارد.'
	],
	[
		['Back-office teams see customers as someone else\'s business.', 'تیم‌های پشتیبانی مشتری را کار دیگران می‌دانند.'],
		['They hear about customers only when a complaint reaches them.', 'آن‌ها فقط وقتی از مشتریان باخبر می‌شوند که شکایتی به دستشان برسد.'],
		['Some back-office teams know their effect on customers; others do not.', 'برخی تیم‌های پشتیبانی اثر خود را بر مشتری می‌شناسند و برخی نه.'],
		['Every back-office team can name the customer outcomes it affects and sees figures on them.', 'هر تیم پشتیبانی می‌تواند نتایج مشتری را که بر آن‌ها اثر دارد نام ببرد و ارقام آن‌ها را می‌بیند.'],
		['Back-office teams propose improvements for customers on their own initiative.', 'تیم‌های پشتیبانی به ابتکار خود برای مشتریان پیشنهاد بهبود می‌دهند.']
	]
);
export const DATA_INVENTORY = S(
	'data-inventory',
	[
		'An up-to-date list shows what customer data each department collects and where it is kept.',
		'فهرستی به‌روز نشان می‌دهد هر واحد چه داده‌هایی از مشتری گردآوری می‌کند و آن‌ها را کجا نگه می‌دارد.'
	],
	[
		['Nobody knows what customer data the organisation holds.', 'هیچ‌کس نمی‌داند سازمان چه داده‌هایی از مشتریان در اختیار دارد.'],
		['Each department knows its own data; there is no shared list.', 'هر واحد داده‌های خودش را می‌شناسد، اما فهرست مشترکی وجود ندارد.'],
		['A list exists, but it misses some departments or is out of date.', 'فهرستی هست، اما برخی واحدها را در بر ندارد یا کهنه است.'],
		['The list covers every department and system and has an owner who keeps it current.', 'فهرست همهٔ واحدها و سیستم‌ها را در بر دارد و مسئولی آن را به‌روز نگه می‌دارد.'],
		['The list is checked whenever a process or system changes.', 'فهرست با هر تغییر در فرایندها یا سیستم‌ها وارسی می‌شود.']
	]
);
export const DATA_GAPS = S(
	'data-gaps',
	[
		'Each data item collected is judged for its use in managing relationships, and the data still missing (such as purchase history, industry trends or competitors\' moves) is named.',
		'سودمندی هر دادهٔ گردآوری‌شده برای مدیریت ارتباط با مشتری سنجیده شده و داده‌هایی که هنوز کم است (مانند سابقهٔ خرید، روندهای صنعت یا اقدام‌های رقبا) نام‌گذاری شده‌اند.'
	],
	[
		['Data is collected out of habit; nobody asks what it is used for or what is missing.', 'داده‌ها از روی عادت گردآوری می‌شوند و کسی نمی‌پرسد به چه کار می‌آیند یا چه چیزی کم است.'],
		['Missing data is noticed only when a report cannot be produced.', 'کمبود داده تنها وقتی دیده می‌شود که گزارشی تهیه‌شدنی نباشد.'],
		['Some data has been judged useful or useless, and a few gaps are known.', 'دربارهٔ سودمندی برخی داده‌ها داوری شده و چند کمبود شناخته شده است.'],
		['Every item has a stated use, unused data is dropped, and the missing data has a plan to collect it.', 'هر داده کاربرد مشخصی دارد، داده‌های بی‌استفاده کنار گذاشته شده و برای گردآوری داده‌های کمبود برنامه هست.'],
		['After go-live, the organisation checks that the new data is actually captured and used.', 'پس از راه‌اندازی، سازمان وارسی می‌کند که داده‌های تازه واقعاً ثبت و به کار گرفته می‌شوند.']
	]
);
