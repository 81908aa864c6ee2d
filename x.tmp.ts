import { loadQuestionnaires } from './src/lib/server/questionnaires/load';
const q = loadQuestionnaires();
let n=0;
for (const l of q.lenses) for (const i of l.items) { const tiers = {...i.actions, ...(i.risk? {ph: i.risk.prevention.high, pm: i.risk.prevention.medium, pl: i.risk.prevention.low}:{})}; console.log(`${i.id}: ` + Object.entries(tiers).map(([t,a])=>`${t}[${a.map(x=>x.id+':'+x.text.en.slice(0,50)).join(' | ')}]`).join(' ')); n+=Object.values(tiers).flat().length }
console.log(n)
