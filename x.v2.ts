import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, visit, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import * as N from './x.v2-statements';
import { ACTIONS } from './x.v2-actions';

const GLOSSARY: [RegExp, string][] = [
	[/وضعیت پایه \(معیار مبنا\)/g, 'خط مبنا'],
	[/وضعیت پایهٔ/g, 'خط مبنای'], [/وضعیت پایه‌ای/g, 'خط مبنایی'], [/وضعیت پایه‌اش/g, 'خط مبنایش'], [/وضعیت پایه/g, 'خط مبنا'],
	[/معیار مبنای/g, 'خط مبنای'], [/معیار مبنا/g, 'خط مبنا'],
	[/دامنهٔ/g, 'محدودهٔ'], [/دامنه پروژه/g, 'محدودهٔ پروژه'], [/دامنه/g, 'محدوده'],
	[/مجرای/g, 'کانال'], [/مجرایی/g, 'کانالی'], [/مجرا/g, 'کانال'],
	[/همزمان/g, 'هم‌زمان'], [/تسهیلگر/g, 'تسهیل‌گر'],
	[/بلوک‌های سازنده/g, 'اجزای سازنده'], [/بلوک سازنده/g, 'جزء سازنده'], [/محور ارزیابی/g, 'منظر'],
	[/راهبردهای/g, 'استراتژی‌های'], [/راهبردی/g, 'استراتژیک'], [/راهبرد/g, 'استراتژی'],
	[/ذوق‌زدگی/g, 'ذوق‌زدگی']
];
export const glossary = (s: string) => GLOSSARY.reduce((t, [re, to]) => t.replace(re, to), s);

function node(doc: Document, value: unknown) {
	const n = doc.createNode(value);
	visit(n, { Scalar(_, s) { if (typeof s.value === 'string' && s.value.length > 70) s.type = Scalar.BLOCK_FOLDED; } });
	return n;
}
const items = (doc: Document) => doc.get('items') as YAMLSeq<YAMLMap>;
const item = (doc: Document, id: string) => items(doc).items.find((i) => i.get('id') === id)!;
const statements = (doc: Document, itemId: string) => item(doc, itemId).get('statements') as YAMLSeq<YAMLMap>;
function replace(doc: Document, itemId: string, old: string, ...news: N.NewStatement[]) {
	const seq = statements(doc, itemId);
	const at = seq.items.findIndex((s) => s.get('id') === old);
	if (at < 0) throw new Error(`no ${itemId}/${old}`);
	seq.items.splice(at, 1, ...news.map((s) => node(doc, s) as YAMLMap));
}
function add(doc: Document, itemId: string, ...news: N.NewStatement[]) {
	statements(doc, itemId).items.push(...news.map((s) => node(doc, s) as YAMLMap));
}
function edit(doc: Document, itemId: string, sid: string, en: (s: string) => string, fa: (s: string) => string) {
	const s = statements(doc, itemId).items.find((x) => x.get('id') === sid)!;
	const t = s.get('text') as YAMLMap;
	for (const [k, f] of [['en', en], ['fa', fa]] as const) {
		const sc = t.get(k, true) as Scalar;
		const before = String(sc.value);
		sc.value = f(before);
		if (sc.value === before) throw new Error(`unchanged ${sid} ${k}`);
	}
}
function finish(doc: Document) {
	doc.set('version', 2);
	visit(doc, {
		Pair(_, p) {
			if (isScalar(p.key) && p.key.value === 'fa' && isScalar(p.value) && typeof p.value.value === 'string') p.value.value = glossary(p.value.value);
		},
		Map(_, m) {
			const id = m.get('id');
			if (typeof id === 'string' && m.has('effort') && ACTIONS[id]) {
				const [owner, lifts, after, d] = ACTIONS[id];
				m.set('owner', owner);
				if (d) m.set('deliverable', node(doc, { en: d[0], fa: d[1] }));
				m.set('lifts', node(doc, lifts.map(([statement, to]) => ({ statement, to }))));
				if (after?.length) m.set('after', node(doc, after));
				(m.get('lifts') as YAMLSeq).flow = true;
				for (const l of (m.get('lifts') as YAMLSeq).items as YAMLMap[]) l.flow = true;
				if (after?.length) (m.get('after') as YAMLSeq).flow = true;
			} else if (typeof id === 'string' && m.has('effort')) throw new Error(`no action data for ${id}`);
		}
	});
}
const load = (f: string) => parseDocument(readFileSync(`questionnaires/v1/${f}.yaml`, 'utf8').replace('$schema=../schema.json', '$schema=./schema.json'));
const save = (f: string, doc: Document) => writeFileSync(`questionnaires/${f}.yaml`, doc.toString({ lineWidth: 98, minContentWidth: 0 }));

// failure-risks
{
	const d = load('failure-risks');
	const sc = statements(d, 'scope-creep');
	sc.items.splice(0, sc.items.length, ...N.SCOPE.map((s) => node(d, s) as YAMLMap));
	sc.commentBefore = ' v2: one statement per scope dimension and project lever; `scope` names the row of the\n scope guard it feeds (questionnaires:check requires each of the nine exactly once).';
	const risk = item(d, 'scope-creep').get('risk') as YAMLMap;
	risk.set('rules', node(d, [
		{ level: 'high', when: { any: [ ...['scope-data-migration', 'scope-integration', 'scope-change-management', 'scope-time', 'scope-cost'].map((s) => ({ statement: s, lt: 1.5 })), { score: { lt: 40 } } ] } },
		{ level: 'medium', when: { any: [ { score: { lt: 65 } }, ...['scope-deployment', 'scope-customisation', 'scope-staffing', 'scope-quality'].map((s) => ({ statement: s, lt: 2 })), { unknown: { gte: 0.5 } } ] } }
	]));
	for (const r of (risk.get('rules') as YAMLSeq<YAMLMap>).items) for (const c of ((r.getIn(['when', 'any']) as YAMLSeq<YAMLMap>).items)) { c.flow = true; const v = c.get('score', true) ?? c.get('unknown', true); if (isMap(v)) v.flow = true; }
	replace(d, 'user-adoption', 'readiness-and-impact', N.READINESS, N.IMPACT);
	statements(d, 'user-adoption').commentBefore = ' v2: change-readiness → change-readiness assessment; impact-analysis → technology and business\n impact analysis; communications-plan, training-tools, value-realisation → the other three elements.';
	edit(d, 'user-adoption', 'communications-plan', (s) => s.replace('a way to answer back', 'a channel for questions and feedback'), (s) => s.replace('راهی هم برای بازخورد دادن پیش رویش', 'کانالی برای پرسش و بازخورد در اختیارش'));
	const ur = (item(d, 'user-adoption').get('risk') as YAMLMap).get('rules') as YAMLSeq<YAMLMap>;
	const any = ur.items[0]!.getIn(['when', 'any']) as YAMLSeq<YAMLMap>;
	any.items[0]!.set('statement', 'change-readiness');
	const imp = node(d, { statement: 'impact-analysis', lt: 1.5 }) as YAMLMap; imp.flow = true;
	any.items.splice(1, 0, imp);
	finish(d); save('failure-risks', d);
}
// strategic-planning
{
	const d = load('strategic-planning');
	replace(d, 'barriers', 'barriers-sharing', N.BARRIERS_REMOVED);
	replace(d, 'business-thinking', 'bt-business-goals', N.NOT_SOFTWARE);
	add(d, 'business-thinking', N.BEYOND_COMPLAINTS);
	edit(d, 'reorganise', 'reorg-segments', (s) => s.replace(/from data on customers' value and needs\.?/, "from data on customers' value and needs (analytical CRM), not from opinion."), (s) => s.replace(/\.?$/, '؛ با تحلیل داده‌ها (CRM تحلیلی)، نه بر پایهٔ گمان.'));
	finish(d); save('strategic-planning', d);
}
// building-blocks
{
	const d = load('building-blocks');
	replace(d, 'vision', 'value-proposition', N.VALUE_PROPOSITION, N.DIFFERENTIATION);
	add(d, 'strategy', N.LIFETIME);
	replace(d, 'customer-experience', 'journey-pains', N.JOURNEY_MAPPED);
	replace(d, 'collaboration', 'shared-ownership', N.JOINT_WORK);
	replace(d, 'collaboration', 'shared-incentives', N.CULTURE);
	replace(d, 'information', 'data-inventory', N.DATA_INVENTORY, N.DATA_GAPS);
	edit(d, 'customer-experience', 'channel-consistency', (s) => s.replace(/\.$/, ' (the touchpoints of collaborative CRM).'), (s) => s.replace(/\.?$/, ' (نقاط تماس CRM مشارکتی).'));
	edit(d, 'information', 'operational-analytical-link', (s) => s.replace('Operational systems (sales, service, marketing) and analytical reporting', 'Operational CRM (sales, service, marketing systems) and analytical CRM (reporting and analysis)'), (s) => s + ' (پیوند CRM عملیاتی و CRM تحلیلی)');
	finish(d); save('building-blocks', d);
}
// goals
{
	const d = load('goals');
	const goals = d.get('goals') as YAMLSeq<YAMLMap>;
	const ci = goals.items.find((g) => g.get('id') === 'customer-identification')!;
	(ci.get('kpis') as YAMLSeq).items.push(node(d, {
		id: 'customer-lifetime-value',
		name: { en: 'Average customer lifetime value in the top tier', fa: 'میانگین ارزش طول عمر مشتری در ردهٔ برتر' },
		measurement: { en: 'For the top-tier customers: average yearly margin × expected years of relationship, recalculated every six months from sales records and retention.', fa: 'برای مشتریان ردهٔ برتر: میانگین حاشیهٔ سود سالانه × سال‌های مورد انتظار رابطه؛ هر شش ماه از روی سوابق فروش و نرخ ماندگاری دوباره محاسبه می‌شود.' },
		baseline: { en: 'Compute it from the last two years of sales before CRM goes live.', fa: 'آن را از سوابق فروش دو سال گذشته، پیش از راه‌اندازی CRM، محاسبه کنید.' },
		target: { en: 'Rises year on year as retention and cross-selling improve.', fa: 'با بهبود ماندگاری و فروش مکمل، سال‌به‌سال افزایش می‌یابد.' },
		unit: { en: 'currency per customer', fa: 'واحد پول به ازای هر مشتری' },
		direction: 'increase'
	}) as YAMLMap);
	finish(d); save('goals', d);
}
{
	const d = load('readiness-model'); finish(d); save('readiness-model', d);
}
