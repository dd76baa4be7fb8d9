// Property tests: whatever the numbers, a rolling update and evictions keep Kubernetes' guarantees.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateCluster, resolveFenceposts } from '../../src/cluster';
import { deployment, pdb } from './fixtures';

const intOrPercent = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.constantFrom('0%', '10%', '25%', '34%', '50%', '100%'),
);

describe('rolling update', () => {
  it('never more than replicas + maxSurge active Pods, never fewer than replicas - maxUnavailable ready ones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        intOrPercent,
        intOrPercent,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 4 }),
        (replicas, surge, unavailable, startup, nodes) => {
          const { surge: s, unavailable: u } = resolveFenceposts(surge, unavailable, replicas);
          const bothZero = (surge === 0 || surge === '0%') && (unavailable === 0 || unavailable === '0%');
          fc.pre(!bothZero);
          const strategy = `{rollingUpdate: {maxSurge: ${JSON.stringify(surge)}, maxUnavailable: ${JSON.stringify(unavailable)}}}`;
          const sim = simulateCluster({
            nodes: { count: nodes },
            objects: deployment(replicas, { probe: true, strategy }),
            behavior: { app: { startupSeconds: startup } },
            actions: [{ at: 100, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
            until: 2000,
          });
          expect(sim.stopReason).toBe('settled');
          const maxUnav = Math.min(u, replicas);
          for (const t of sim.times.filter((x) => x >= 100)) {
            const st = sim.stateAt(t);
            const active = st.pods.filter(
              (p) => p.deletionTimestamp === undefined && p.phase !== 'Failed' && p.phase !== 'Succeeded',
            );
            expect(active.length).toBeLessThanOrEqual(replicas + s);
            expect(st.pods.filter((p) => p.isReady && p.deletionTimestamp === undefined).length).toBeGreaterThanOrEqual(
              replicas - maxUnav,
            );
          }
          const end = sim.stateAt(sim.endTime);
          expect(end.pods.filter((p) => p.isReady)).toHaveLength(replicas);
          expect(new Set(end.pods.map((p) => p.labels['pod-template-hash'])).size).toBe(1);
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  }, 120_000);
});

describe('evictions', () => {
  it('an eviction never takes a budget below its minimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.oneof(
          fc.integer({ min: 0, max: 6 }).map((n) => `minAvailable: ${n}`),
          fc.constantFrom('minAvailable: "50%"', 'maxUnavailable: 1', 'maxUnavailable: "34%"'),
        ),
        fc.array(fc.integer({ min: 20, max: 120 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 15 }),
        (replicas, budget, times, startup) => {
          const sim = simulateCluster({
            nodes: { count: 3 },
            objects: deployment(replicas, { probe: true }) + pdb(budget),
            behavior: { app: { startupSeconds: startup } },
            actions: times.map((at) => ({ at, action: 'evict' as const, pod: 'web-' })),
            until: 400,
          });
          const ready = sim.times.find((t) => sim.stateAt(t).pods.filter((p) => p.isReady).length === replicas) ?? 0;
          for (const t of sim.times.filter((x) => x >= Math.max(ready, 20))) {
            const b = sim.stateAt(t).podDisruptionBudgets[0];
            if (b.desiredHealthy <= replicas)
              expect(b.currentHealthy).toBeGreaterThanOrEqual(Math.min(b.desiredHealthy, replicas));
          }
          for (const e of sim.evictions.filter((x) => x.code === 201 && !x.bypassedBudget)) {
            const b = sim.stateAt(e.time).podDisruptionBudgets[0];
            expect(b.currentHealthy).toBeGreaterThanOrEqual(b.desiredHealthy);
          }
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  }, 120_000);
});
