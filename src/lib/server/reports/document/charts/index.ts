export { barsChart, type BarsOptions } from './bars';
export { gaugeChart } from './gauge';
export { radarChart, radarPoint } from './radar';
export { exposureBar, riskMarker } from './risk';
export { timelineChart, type TimelinePhase } from './timeline';
