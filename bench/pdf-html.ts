// The roadmap as one HTML page, for bench/pdf.ts to print with headless Chromium: the same
// data, sections, tables and SVG charts as the pdfmake document, styled alike, so that the two
// engines do comparable work. Not used by the product.
import { dir, formatDate, formatNumber, formatPercent, type Locale } from '../src/lib/i18n/locale';
import { serverT } from '../src/lib/i18n/server';
import {
	barsChart,
	exposureBar,
	gaugeChart,
	radarChart,
	riskMarker,
	timelineChart
} from '../src/lib/server/reports/document/charts';
import {
	PHASES,
	type AgreedStatement,
	type RoadmapData,
	type Scored
} from '../src/lib/server/reports/document/data';
import { COLORS } from '../src/lib/server/reports/document/theme';

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

// The SVG charts hand Persian digits to pdfkit reversed (see charts/svg.ts); a browser orders
// them itself, so turn them back.
const forBrowser = (svg: string) =>
	svg.replace(/>([۰-۹]+)</g, (_, d: string) => `>${Array.from(d).reverse().join('')}<`);

function table(head: string[], rows: string[][]): string {
	const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
	const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
	return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;

export function roadmapHtml(data: RoadmapData, fontDir: string): string {
	const locale: Locale = data.locale;
	const t = serverT(locale);
	const n = (v: number) => formatNumber(locale, Math.round(v));
	const date = (iso: string) => formatDate(locale, iso, 'short');
	const h1 = (key: string, intro = true) =>
		`<h1>${esc(t(`report.sections.${key}`))}</h1>` +
		(intro ? `<p class="intro">${esc(t(`report.intro.${key}`))}</p>` : '');
	const svg = (s: string) => `<div class="chart">${forBrowser(s)}</div>`;
	const one = (v: number | null) =>
		v === null
			? '–'
			: formatNumber(locale, v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const scoreHeads = ['score', 'target', 'gap'].map((k) => t(`report.legend.${k}`));
	const scoreCells = (s: Scored) => [n(s.score), n(s.target), s.gap === null ? '–' : n(s.gap)];
	const r = data.readiness;
	const figures = (
		[
			['target', n(r.target)],
			['gap', r.gap === null ? '–' : n(r.gap)],
			['projected', r.projected === null ? t('report.readiness.no_plan') : n(r.projected)]
		] as const
	)
		.map(
			([key, value]) =>
				`<p class="figure-line">${esc(t('report.readiness.figure', { label: t(`report.readiness.${key}`), value }))}</p>`
		)
		.join('');
	const agreedHtml = (agreed: AgreedStatement[]) =>
		agreed.length === 0
			? ''
			: `<h3>${esc(t('report.findings.agreed_title'))}</h3>` +
				agreed
					.map(
						(a) =>
							`<p class="small">${esc(a.statement)}</p><p><b>${esc(t('report.findings.agreed', { level: n(a.level) }))}</b> — ${esc(
								a.low === null || a.high === null
									? t('report.findings.spread_none')
									: t('report.findings.spread', {
											low: n(a.low),
											high: n(a.high),
											mean: one(a.mean),
											sd: one(a.sd),
											n: n(a.n)
										})
							)}${a.rationale ? ` ${esc(t('report.findings.rationale', { text: a.rationale }))}` : ''}</p>`
					)
					.join('');

	const sections = [
		`<section class="cover"><div class="band"><h1>${esc(t('report.title'))}</h1><p>${esc(t('report.subtitle'))}</p>
		<h2>${esc(data.organisation)}</h2><p>${esc(data.assessment)}</p></div>
		${table([t('report.cover.date'), t('report.cover.facilitator'), t('report.cover.respondents')], [[esc(formatDate(locale, data.date)), esc(data.facilitator), n(data.respondents)]])}
		<div class="figure">${n(data.readiness.index)} · ${esc(data.readiness.band)}</div><p>${esc(data.readiness.bandSummary)}</p>
		<p class="small">${esc(t('report.cover.confidential'))}</p></section>`,
		`<section>${h1('summary')}${data.summary.map((p) => `<p>${esc(p)}</p>`).join('')}
		${h1('readiness')}${svg(gaugeChart(data.readiness.index, data.readiness.bandStarts, 180))}
		<div class="figure">${n(data.readiness.index)}</div><p>${esc(data.readiness.bandSummary)}</p>
		<p class="small">${esc(t('report.readiness.confidence_note', { value: formatPercent(locale, data.readiness.confidence) }))}</p>
		${figures}
		${table(
			[
				t('report.readiness.lens'),
				t('report.readiness.score'),
				t('report.legend.target'),
				t('report.legend.gap'),
				t('report.legend.projected')
			],
			data.lenses.map((l) => [
				esc(l.label),
				n(l.score),
				n(l.target),
				l.gap === null ? '–' : n(l.gap),
				l.projected == null ? '–' : n(l.projected)
			])
		)}</section>`,
		`<section>${h1('blockers')}${data.blockers.map((b, i) => `<h2>${n(i + 1)}. ${esc(b.title)}</h2><p>${esc(b.detail)}</p>`).join('')}
		<h2>${esc(t('report.sections.shortfalls'))}</h2><p class="intro">${esc(t('report.intro.shortfalls'))}</p>${table(
			['item', 'lens', 'level', 'target', 'points'].map((k) => t(`report.shortfalls.${k}`)),
			data.shortfalls.map((f) => [
				esc(f.item),
				esc(f.lens),
				one(f.level),
				n(f.target),
				one(f.weightedGap)
			])
		)}
		${h1('blocks')}${svg(
			radarChart(
				locale,
				data.blocks.map((b) => b.score),
				{ targets: data.blocks.map((b) => b.target) }
			)
		)}
		${table(
			[t('report.legend.key'), t('report.legend.block'), ...scoreHeads],
			data.blocks.map((b, i) => [n(i + 1), esc(b.label), ...scoreCells(b)])
		)}</section>`,
		`<section>${h1('points')}${svg(
			barsChart(
				locale,
				data.points.map((p) => p.score),
				{ threshold: 70, targets: data.points.map((p) => p.target) }
			)
		)}
		${table(
			[t('report.legend.key'), t('report.legend.point'), ...scoreHeads],
			data.points.map((p, i) => [n(i + 1), esc(p.label), ...scoreCells(p)])
		)}</section>`,
		`<section>${h1('risks')}${table(
			[
				t('report.legend.key'),
				t('report.risks.cause'),
				t('report.risk_level.high'),
				t('report.risk_level.medium'),
				t('report.risk_level.low'),
				t('report.risks.exposure')
			],
			data.risks.map((r, i) => [
				n(i + 1),
				esc(r.cause),
				...(['high', 'medium', 'low'] as const).map((l) =>
					l === r.level ? riskMarker(l, r.exposure) : ''
				),
				`${n(r.exposure)} ${exposureBar(r.level, r.exposure, dir(locale) === 'rtl')}`
			])
		)}${data.risks.map((r, i) => `<h2>${n(i + 1)}. ${esc(r.cause)} (${esc(t(`report.risk_level.${r.level}`))})</h2><p>${esc(r.reason)}</p><h3>${esc(t('report.risks.prevention'))}</h3>${list(r.prevention)}`).join('')}</section>`,
		`<section>${h1('findings')}${data.findings
			.map(
				(
					f
				) => `<div class="finding"><h2>${esc(f.item)} <span class="score">${esc(t('report.findings.score'))} ${n(f.score)} ${esc(t('report.findings.target'))} ${n(f.target)}</span></h2>
		<p class="small"><b>${esc(t('report.findings.level'))}:</b> ${esc(f.level)}</p><p>${esc(f.finding)}</p>${agreedHtml(f.agreed ?? [])}<h3>${esc(t('report.findings.actions'))}</h3>${list(f.actions)}</div>`
			)
			.join('')}</section>`,
		`<section>${h1('plan')}${svg(
			timelineChart(
				locale,
				PHASES.map((p, i) => ({
					from: [0, 3, 6][i] ?? 0,
					to: [3, 6, 12][i] ?? 12,
					actions: data.plan.filter((a) => a.phase === p).length,
					color: COLORS.primary
				}))
			)
		)}
		${PHASES.map(
			(p, i) =>
				`<h2>${n(i + 1)}. ${esc(t(`report.phase.${p}`))}</h2>${table(
					[
						t('report.plan.action'),
						t('report.plan.source'),
						t('report.plan.owner'),
						t('report.plan.due'),
						t('report.plan.status')
					],
					data.plan
						.filter((a) => a.phase === p)
						.map((a) => [
							esc(a.action),
							esc(a.source),
							esc(a.owner),
							date(a.due),
							esc(t(`report.status.${a.status}`))
						])
				)}`
		).join('')}</section>`,
		`<section>${h1('goals')}${table(
			['goal', 'kpi', 'baseline', 'target', 'owner', 'date'].map((k) => t(`report.goals.${k}`)),
			data.goals.map((g) => [
				esc(g.goal),
				`${esc(g.kpi)}<div class="small">${esc(g.measurement)}</div>`,
				esc(g.baseline),
				esc(g.target),
				esc(g.owner),
				date(g.date)
			])
		)}</section>`,
		`<section>${h1('change')}${data.changePlan
			.map(
				(e, i) =>
					`<h2>${n(i + 1)}. ${esc(t(`report.change.element.${e.element}`))}</h2><p>${esc(e.why)}</p>${table(
						[t('report.change.action'), t('report.change.owner'), t('report.change.due')],
						e.actions.map((a) => [esc(a.action), esc(a.owner), date(a.due)])
					)}`
			)
			.join('')}</section>`,
		`<section>${h1('scope')}${table(
			[t('report.scope.dimension'), t('report.scope.status'), t('report.scope.note')],
			data.scope.map((s) => [
				esc(t(`report.scope.item.${s.dimension}`)),
				esc(t(`report.scope.state.${s.status}`)),
				esc(s.note)
			])
		)}</section>`,
		`<section>${h1('appendix', false)}<h2>${esc(t('report.sections.answers'))}</h2>${table(
			[
				t('report.appendix.statement'),
				...[0, 1, 2, 3, 4].map(n),
				t('report.appendix.dont_know'),
				t('report.appendix.mean'),
				t('report.appendix.n')
			],
			data.appendix.statements.map((s) => [
				esc(s.statement),
				...s.distribution.map(n),
				n(s.dontKnow),
				s.mean === null ? '–' : formatNumber(locale, s.mean, { maximumFractionDigits: 1 }),
				n(s.n)
			])
		)}<h2>${esc(t('report.sections.not_applicable'))}</h2>${table(
			['statement', 'reason', 'note', 'role'].map((k) => t(`report.appendix.${k}`)),
			data.appendix.notApplicable.map((r) => [
				esc(r.statement),
				esc(t(`report.appendix.na_reason.${r.reason}`)),
				esc(r.note ?? '–'),
				esc(t(`report.role.${r.role}`))
			])
		)}<h2>${esc(t('report.sections.comments'))}</h2>${data.appendix.comments.map((c) => `<blockquote>«${esc(c.text)}» — ${esc(!data.anonymous && c.name ? t('report.appendix.by', { role: t(`report.role.${c.role}`), name: c.name }) : t(`report.role.${c.role}`))}</blockquote>`).join('')}
		<h2>${esc(t('report.sections.roles'))}</h2>${table(
			[t('report.appendix.role'), t('report.appendix.count'), t('report.appendix.names')],
			data.appendix.roles.map((r) => [
				esc(t(`report.role.${r.role}`)),
				n(r.count),
				data.anonymous ? '' : esc((r.names ?? []).join(', '))
			])
		)}</section>`,
		`<section>${h1('method')}<h2>${esc(t('report.method.sources'))}</h2>${(['blocks', 'points', 'risks', 'strategic'] as const).map((k) => `<p>${esc(t(`report.method.${k}`))}</p>`).join('')}
		<h2>${esc(t('report.method.computed'))}</h2>${list([
			t('report.method.levels'),
			t('report.method.scores'),
			t('report.method.bands', {
				list: data.readiness.bandLabels
					.map((label, i) =>
						t('report.method.band', { label, from: n(data.readiness.bandStarts[i] ?? 0) })
					)
					.join(', '),
				cap: data.readiness.cap
			}),
			t('report.method.targets'),
			t('report.method.views'),
			t('report.method.projection')
		])}</section>`
	];

	return `<!doctype html><html lang="${locale}" dir="${dir(locale)}"><head><meta charset="utf-8"><title>${esc(t('report.title'))}</title><style>
@font-face { font-family: Vazirmatn; src: url('file://${fontDir}/Vazirmatn-Regular.ttf'); }
@font-face { font-family: Vazirmatn; font-weight: bold; src: url('file://${fontDir}/Vazirmatn-Bold.ttf'); }
@page { size: A4; margin: 22mm 18mm 20mm; @bottom-right { content: counter(page) " / " counter(pages); font: 8pt Vazirmatn; } }
body { font: 10pt/1.4 Vazirmatn; color: ${COLORS.text}; }
section { break-before: page; } section.cover { break-before: auto; }
.band { background: ${COLORS.primary}; color: white; padding: 40pt 30pt; margin: -10pt -10pt 20pt; }
h1 { color: ${COLORS.primary}; font-size: 19pt; margin: 0 0 4pt; } h2 { color: ${COLORS.primaryDark}; font-size: 13pt; margin: 14pt 0 6pt; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt; } .intro, .small { color: ${COLORS.muted}; font-size: 9pt; }
.figure { font-size: 30pt; font-weight: bold; color: ${COLORS.primary}; } .score { color: ${COLORS.accent}; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; font-size: 8.8pt; }
th { background: ${COLORS.primary}; color: white; text-align: start; padding: 4pt 6pt; }
td { border-bottom: 0.5pt solid ${COLORS.rule}; padding: 4pt 6pt; vertical-align: top; }
tbody tr:nth-child(even) td { background: ${COLORS.zebra}; }
.figure-line { font-weight: bold; color: ${COLORS.primaryDark}; margin: 2pt 0; }
.finding { break-inside: avoid; } .chart { margin: 6pt 0; } li { margin: 2pt 0; }
</style></head><body>${sections.join('\n')}</body></html>`;
}
