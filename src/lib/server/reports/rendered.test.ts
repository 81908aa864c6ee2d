// The rendered-roadmap cache: the same data is rendered once, any change is rendered afresh,
// and two requests at once share a render.
import { describe, expect, it } from 'vitest';
import { clearRendered, renderedStats, renderRoadmap, roadmapKey } from './rendered';
import { smallRoadmap } from './sample';

describe('rendered roadmaps', () => {
	it('renders the same data once and serves the same bytes again', async () => {
		clearRendered();
		const before = renderedStats().renders;
		const first = await renderRoadmap(smallRoadmap('en'));
		const again = await renderRoadmap(smallRoadmap('en'));
		expect(first.subarray(0, 5).toString()).toBe('%PDF-');
		expect(again).toBe(first);
		expect(renderedStats().renders - before).toBe(1);
	});

	it('renders afresh when anything the roadmap says changes', async () => {
		clearRendered();
		const before = renderedStats().renders;
		const data = smallRoadmap('fa');
		const original = await renderRoadmap(data);
		const changed = { ...data, plan: data.plan.map((a) => ({ ...a, status: 'done' as const })) };
		expect(roadmapKey(changed)).not.toBe(roadmapKey(data));
		const other = await renderRoadmap(changed);
		expect(other).not.toBe(original);
		expect(Buffer.compare(other, original)).not.toBe(0);
		// Another language or another day is another roadmap too.
		expect(roadmapKey({ ...data, date: '2026-01-02' })).not.toBe(roadmapKey(data));
		expect(roadmapKey(smallRoadmap('en'))).not.toBe(roadmapKey(data));
		expect(renderedStats().renders - before).toBe(2);
	});

	it('shares one render between requests for the same roadmap at once', async () => {
		clearRendered();
		const before = renderedStats().renders;
		const [a, b, c] = await Promise.all([1, 2, 3].map(() => renderRoadmap(smallRoadmap('en'))));
		expect(b).toBe(a);
		expect(c).toBe(a);
		expect(renderedStats().renders - before).toBe(1);
	});

	it('keeps at most 32 roadmaps, the least recently used leaving first', async () => {
		clearRendered();
		const base = smallRoadmap('en');
		const named = (i: number) => ({ ...base, organisation: `Organisation ${i}` });
		for (let i = 0; i < 34; i++) await renderRoadmap(named(i));
		expect(renderedStats().kept).toBe(32);
		const before = renderedStats().renders;
		await renderRoadmap(named(33)); // kept
		expect(renderedStats().renders).toBe(before);
		await renderRoadmap(named(0)); // the oldest: gone
		expect(renderedStats().renders).toBe(before + 1);
	}, 120_000);
});
