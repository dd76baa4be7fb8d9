// Issue 15: cleanup after a rollback, and the bugs of the cluster's input handling (each failed before).
import { describe, expect, it } from 'vitest';
import { simulateCluster } from '../../src/cluster';
import { isPodLabError } from '../../src/lifecycle';
import { deployment } from './fixtures';

describe('cleanupDeployment after a rollback', () => {
  it('deletes the lowest revision, not the oldest ReplicaSet (ReplicaSetsByRevision)', () => {
    const objects = deployment(1).replace('  replicas: 1\n', '  replicas: 1\n  revisionHistoryLimit: 2\n');
    const sim = simulateCluster({
      objects,
      actions: [
        { at: 100, action: 'setImage', target: 'web', image: 'nginx:1.28' },
        { at: 200, action: 'setImage', target: 'web', image: 'nginx:1.29' },
        // Back to nginx:1.27: its ReplicaSet (the oldest object) becomes revision 4.
        { at: 300, action: 'rollback', target: 'web', toRevision: 1 },
        { at: 400, action: 'setImage', target: 'web', image: 'nginx:1.30' },
      ],
      until: 600,
    });
    const history = sim.rolloutHistory('web');
    expect(history.map((r) => [r.revision, r.image])).toEqual([[3, 'nginx:1.29'], [4, 'nginx:1.27'], [5, 'nginx:1.30']]);
  });

  it('so that rollout undo goes back to the revision before', () => {
    const objects = deployment(1).replace('  replicas: 1\n', '  replicas: 1\n  revisionHistoryLimit: 2\n');
    const sim = simulateCluster({
      objects,
      actions: [
        { at: 100, action: 'setImage', target: 'web', image: 'nginx:1.28' },
        { at: 200, action: 'setImage', target: 'web', image: 'nginx:1.29' },
        { at: 300, action: 'rollback', target: 'web', toRevision: 1 },
        { at: 400, action: 'setImage', target: 'web', image: 'nginx:1.30' },
        { at: 500, action: 'rollback', target: 'web' },
      ],
      until: 700,
    });
    const end = sim.stateAt(sim.endTime);
    expect(end.deployments[0].template.spec.containers[0].image).toBe('nginx:1.27');
  });
});

export function expectPodLabError(fn: () => unknown, field?: string | RegExp): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a PodLabError').toBeDefined();
  expect(isPodLabError(thrown), String(thrown)).toBe(true);
  const errors = (thrown as { errors: { field: string }[] }).errors;
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e.field).not.toBe('');
  if (field !== undefined) expect(errors.map((e) => e.field).join('\n')).toMatch(field);
}
