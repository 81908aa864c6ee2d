// `npx tsx bench/scoring.ts`: a full recomputation of a 300-person workshop over the real
// questionnaires, as the live view does after every save. Budget: ≤ 20 ms (median). Scored
// as a workshop (each participant put the common statements and their layer's) at the stage
// of choosing a CRM (issue 15 §4–5), and, for comparison, with every statement put to everyone.
import {
	scoreAssessment,
	statementKey,
	ROLE_LAYERS,
	type Answer,
	type Decisions,
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

function measure(decisions: Decisions) {
	const times: number[] = [];
	// CPU time too: on a shared machine the wall time mostly measures the wait for a core.
	const cpu: number[] = [];
	for (let run = 0; run < WARM_UP + RUNS; run++) {
		const started = performance.now();
		const used = process.cpuUsage();
		scoreAssessment({ model, lenses }, respondents, decisions);
		const { user, system } = process.cpuUsage(used);
		if (run >= WARM_UP) {
			times.push(performance.now() - started);
			cpu.push((user + system) / 1000);
		}
	}
	times.sort((a, b) => a - b);
	cpu.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
	return Object.assign(at, { cpu: cpu[Math.floor(cpu.length / 2)] ?? NaN });
}
const items = lenses.reduce((n, l) => n + l.items.length, 0);
const workshop = measure({ byLayer: true, stage: 'choosing' });
const everyone = measure({});

console.log(
	`lenses: ${lenses.map((l) => l.id).join(', ')} — ${items} items, ${keys.length} statements`
);
console.log(
	`respondents: ${RESPONDENTS} (${RESPONDENTS * keys.length} answer slots), runs: ${RUNS} after ${WARM_UP} warm-up`
);
for (const [name, at] of [
	['workshop, by layer, stage "choosing"', workshop],
	['every statement put to everyone', everyone]
] as const)
	console.log(
		`${name}: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (budget 20 ms); CPU median ${at.cpu.toFixed(2)} ms`
	);
