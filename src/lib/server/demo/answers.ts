// Plausible workshop answers for the demo: an organisation with a real profile (strong on
// vision and executive sponsorship, weak on metrics, information and process design), seen
// differently by each role layer, with noise, "don't know" and a few comments.
import type { Answer, RoleLayer } from '$lib/scoring';
import type { ScoredQuestionnaire } from '$lib/questionnaires/schema';

/** A small, seeded PRNG (mulberry32), so the demo is the same on every machine. */
export function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Rng = ReturnType<typeof random>;

function normal(rng: Rng): number {
	const u = Math.max(rng(), 1e-9);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** The organisation's actual level per item (mean level 0–4). */
const PROFILE: Record<string, number> = {
	barriers: 1.6,
	'customer-pains': 2.2,
	'business-thinking': 1.9,
	'redefine-success': 1.2,
	'executive-buy-in': 2.6,
	reorganise: 1.4,
	'speed-to-cash': 2.0,
	vigilance: 1.7,
	'expert-provider': 2.4,
	'evolve-improve': 1.5,
	'weak-goals': 1.8,
	'poor-strategy': 2.0,
	'scope-creep': 1.5,
	'user-adoption': 1.9,
	'process-design': 1.3,
	vision: 2.6,
	strategy: 2.1,
	'customer-experience': 2.3,
	collaboration: 1.6,
	processes: 1.5,
	information: 1.4,
	technology: 2.2,
	metrics: 1.2
};

const STRATEGIC = new Set([
	'executive-buy-in',
	'vision',
	'strategy',
	'business-thinking',
	'poor-strategy'
]);
const OPERATIONAL = new Set([
	'processes',
	'process-design',
	'information',
	'technology',
	'user-adoption'
]);

/** How each layer tends to see an item: executives see the strategy rosier than specialists. */
function bias(role: RoleLayer, item: string): number {
	if (role === 'executive') return STRATEGIC.has(item) ? 0.8 : OPERATIONAL.has(item) ? 0.3 : 0.3;
	if (role === 'specialist')
		return STRATEGIC.has(item) ? -0.7 : OPERATIONAL.has(item) ? -0.3 : -0.1;
	if (role === 'consultant') return -0.3;
	if (role === 'middle_manager') return 0.1;
	return 0;
}

function dontKnowChance(role: RoleLayer, item: string): number {
	if (role === 'specialist' && STRATEGIC.has(item)) return 0.14;
	if (role === 'executive' && OPERATIONAL.has(item)) return 0.1;
	return 0.04;
}

export function answersFor(
	rng: Rng,
	lenses: readonly ScoredQuestionnaire[],
	role: RoleLayer,
	/** Added to every level: the earlier assessment was less mature. */
	shift: number
): Record<string, Answer> {
	const out: Record<string, Answer> = {};
	for (const lens of lenses)
		for (const item of lens.items)
			item.statements.forEach((s, i) => {
				const key = `${item.id}/${s.id}`;
				if (rng() < dontKnowChance(role, item.id)) {
					out[key] = 'dont-know';
					return;
				}
				const base = (PROFILE[item.id] ?? 2) + shift + bias(role, item.id) + (i - 1) * 0.15;
				const level = Math.round(base + normal(rng) * 0.6);
				out[key] = Math.max(0, Math.min(4, level)) as Answer;
			});
	return out;
}
