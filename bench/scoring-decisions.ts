// `npx tsx bench/scoring-decisions.ts`: bench/scoring.ts's 300-person workshop scored with what
// people decided beside the answers — a target for every item, agreed levels on a fifth of the
// statements, 3% "not applicable" — in the agreed view, and then projected with every
// recommended action, as the results page does. Budget: ≤ 20 ms (median) for the scoring.
import {
	project,
	scoreAssessment,
	statementKey,
	ROLE_LAYERS,
	type Answer,
	type Respondent
} from '../src/lib/scoring';
import type { Level } from '../src/lib/questionnaires/schema';
import { loadQuestionnaires } from '../src/lib/server/questionnaires';

const RESPONDENTS = 300;
const RUNS = 200;
const WARM_UP = 20;

let seed = 20261207;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const { model, lenses } = loadQuestionnaires();
const scoring = { model, lenses };
const keys = lenses.flatMap((l) =>
	l.items.flatMap((i) => i.statements.map((s) => statementKey(i.id, s.id)))
);
const departments = ['sales', 'marketing', 'service', 'it', 'finance', 'operations'];

// As bench/scoring.ts, with 3% of the answers "not applicable".
const respondents: Respondent[] = Array.from({ length: RESPONDENTS }, (_, p) => {
	const lean = random() * 4;
	const answers: Record<string, Answer> = {};
	for (const key of keys) {
		const r = random();
		if (r < 0.02) continue;
		answers[key] =
			r < 0.1
				? 'dont-know'
				: r < 0.13
					? 'not-applicable'
					: (Math.max(0, Math.min(4, Math.round(lean + (random() - 0.5) * 3))) as Answer);
	}
	const role = ROLE_LAYERS[Math.floor(random() * ROLE_LAYERS.length)] ?? 'other';
	return { id: `p${p}`, role, department: departments[p % departments.length], answers };
});

const targets = Object.fromEntries(
	lenses.flatMap((l) => l.items.map((i) => [i.id, 2 + Math.floor(random() * 3)]))
);
const agreed: Record<string, Level> = Object.fromEntries(
	keys.filter((_, i) => i % 5 === 0).map((k) => [k, Math.floor(random() * 5) as Level])
);
// Every action of the content, each lifting its statements (v1 content declares none: the
// projection then re-scores unchanged levels, which costs the same).
const actions = lenses.flatMap((l) =>
	l.items.flatMap((i) =>
		Object.values(i.actions).flatMap((list) =>
			(list ?? []).map((a) => ({
				lifts: (a.lifts ?? []).map((x) => ({ statement: `${i.id}/${x.statement}`, to: x.to }))
			}))
		)
	)
);

const scored: number[] = [];
const projected: number[] = [];
for (let run = 0; run < WARM_UP + RUNS; run++) {
	const started = performance.now();
	const result = scoreAssessment(scoring, respondents, { targets, agreed, view: 'agreed' });
	const between = performance.now();
	project(scoring, result, actions);
	if (run >= WARM_UP) {
		scored.push(between - started);
		projected.push(performance.now() - between);
	}
}
const at = (times: number[], q: number) =>
	[...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
const line = (name: string, times: number[]) =>
	`${name}: median ${at(times, 0.5).toFixed(2)} ms, p95 ${at(times, 0.95).toFixed(2)} ms, max ${at(times, 1).toFixed(2)} ms`;

console.log(
	`respondents: ${RESPONDENTS}, ${keys.length} statements, ${Object.keys(targets).length} targets, ${Object.keys(agreed).length} agreed, ${actions.length} actions; runs: ${RUNS} after ${WARM_UP} warm-up`
);
console.log(`${line('score (agreed view, targets, N/A)', scored)} (budget 20 ms)`);
console.log(line('project', projected));
