import { describe, expect, it } from 'vitest';
import { rankMemoryPressure, type Pod, type PodMemoryUsage } from '../../src/lifecycle';

// pkg/kubelet/eviction/helpers_test.go (Kubernetes 1.35): TestOrderedByExceedsRequestMemory, TestOrderedByMemory,
// TestOrderedByPriorityMemory, as data. rankMemoryPressure = orderedBy(exceedMemoryRequests, priority, memory).
const p = (name: string, priority: number | undefined, req: string, lim = ''): Pod => ({
  metadata: { name },
  spec: {
    ...(priority !== undefined ? { priority } : {}),
    containers: [
      { name, image: 'x', resources: { requests: req ? { memory: req } : {}, limits: lim ? { memory: lim } : {} } },
    ],
  },
});
const names = (r: PodMemoryUsage[]) => r.map((e) => e.pod.metadata.name);

describe('rankMemoryPressure (eviction/helpers.go)', () => {
  it('TestOrderedByExceedsRequestMemory: usage above request first, whatever the priority', () => {
    const below = { pod: p('below-requests', -1, '200Mi'), usage: '199Mi' };
    const exceeds = { pod: p('exceeds-requests', 1, '100Mi'), usage: '101Mi' };
    expect(names(rankMemoryPressure([below, exceeds]))).toEqual(['exceeds-requests', 'below-requests']);
  });

  it('TestOrderedByMemory: greediest consumer relative to request first (same priority)', () => {
    const pods = [
      { pod: p('best-effort-high', 0, ''), usage: '500Mi' },
      { pod: p('best-effort-low', 0, ''), usage: '300Mi' },
      { pod: p('burstable-high', 0, '100Mi', '1Gi'), usage: '800Mi' },
      { pod: p('burstable-low', 0, '100Mi', '1Gi'), usage: '300Mi' },
      { pod: p('guaranteed-high', 0, '1Gi', '1Gi'), usage: '800Mi' },
      { pod: p('guaranteed-low', 0, '1Gi', '1Gi'), usage: '200Mi' },
    ];
    // Upstream sorts with `memory` alone here; the full ranking gives the same order for these figures.
    expect(names(rankMemoryPressure(pods))).toEqual([
      'burstable-high',
      'best-effort-high',
      'best-effort-low',
      'burstable-low',
      'guaranteed-high',
      'guaranteed-low',
    ]);
  });

  it('TestOrderedByPriorityMemory: exceeds, then priority, then usage above request', () => {
    const low = -1;
    const high = 1;
    const pods = [
      { pod: p('above-requests-low-priority-high-usage', low, ''), usage: '500Mi' },
      { pod: p('above-requests-low-priority-low-usage', low, ''), usage: '50Mi' },
      { pod: p('above-requests-high-priority-high-usage', high, '100Mi'), usage: '600Mi' },
      { pod: p('above-requests-high-priority-low-usage', high, '100Mi'), usage: '150Mi' },
      { pod: p('below-requests-low-priority-high-usage', low, '1Gi'), usage: '800Mi' },
      { pod: p('below-requests-low-priority-low-usage', low, '1Gi'), usage: '200Mi' },
      { pod: p('below-requests-high-priority-high-usage', high, '1Gi'), usage: '800Mi' },
      { pod: p('below-requests-high-priority-low-usage', high, '1Gi'), usage: '200Mi' },
    ];
    const expected = pods.map((e) => e.pod.metadata.name);
    expect(names(rankMemoryPressure([...pods].reverse()))).toEqual(expected);
  });

  it('a Pod without stats comes first; bad input is a PodLabError', () => {
    const r = rankMemoryPressure([{ pod: p('a', 0, ''), usage: '1Gi' }, { pod: p('no-stats', 1000, '1Gi') }]);
    expect(names(r)).toEqual(['no-stats', 'a']);
    expect(() => rankMemoryPressure('x' as unknown as PodMemoryUsage[])).toThrow(/expected an array/);
    expect(() => rankMemoryPressure([{ pod: p('a', 0, ''), usage: 'lots' }])).toThrow(/pods\[0\].usage/);
    expect(() => rankMemoryPressure([null as unknown as PodMemoryUsage])).toThrow(/pods\[0\]/);
  });
});
