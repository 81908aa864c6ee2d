// `npx tsx bench/scoring.ts`: a full recomputation of a 300-person workshop over the real
// questionnaires, as the live view does after every save. Budget: ≤ 20 ms (median).
import {
	scoreAssessment,
	statementKey,
	ROLE_LAYERS,
	type Answer,
	type Respondent
} from '../src/lib/scoring';
import { loadQuestionnaires } from '../src/lib/server/questionnaires';

const RESPONDENTS = 300;
const RUNS = 200;
const WARM_UP = 20;

// A fixed-seed generator, so every run of the benchmark scores the same workshop.
let seed = 20261124;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const { model, lenses } = loadQuestionnaires();
const keys = lenses.flatMap((l) =>
	l.items.flatMap((i) => i.statements.map((s) => statementKey(i.id, s.id)))
);
const departments = ['sales', 'marketing', 'service', 'it', 'finance', 'operations'];

// Each person leans high or low, answers "don't know" 8% of the time and skips 2%.
const respondents: Respondent[] = Array.from({ length: RESPONDENTS }, (_, p) => {
	const lean = random() * 4;
	const answers: Record<string, Answer> = {};
	for (const key of keys) {
		const r = random();
		if (r < 0.02) continue;
		answers[key] =
			r < 0.1
				? 'dont-know'
				: (Math.max(0, Math.min(4, Math.round(lean + (random() - 0.5) * 3))) as Answer);
	}
	const role = ROLE_LAYERS[Math.floor(random() * ROLE_LAYERS.length)] ?? 'other';
	return { id: `p${p}`, role, department: departments[p % departments.length], answers };
});

const times: number[] = [];
for (let run = 0; run < WARM_UP + RUNS; run++) {
	const started = performance.now();
	scoreAssessment({ model, lenses }, respondents);
	if (run >= WARM_UP) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
const items = lenses.reduce((n, l) => n + l.items.length, 0);

console.log(
	`lenses: ${lenses.map((l) => l.id).join(', ')} — ${items} items, ${keys.length} statements`
);
console.log(
	`respondents: ${RESPONDENTS} (${RESPONDENTS * keys.length} answer slots), runs: ${RUNS} after ${WARM_UP} warm-up`
);
console.log(
	`median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (budget 20 ms)`
);
