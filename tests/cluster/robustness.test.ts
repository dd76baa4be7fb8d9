// Issue 15: cleanup after a rollback, and the bugs of the cluster's input handling (each failed before).
import { describe, expect, it } from 'vitest';
import { simulateCluster } from '../../src/cluster';
import { deployment } from './fixtures';
import { expectPodLabError } from '../podlab-error';

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
    expect(history.map((r) => [r.revision, r.image])).toEqual([
      [3, 'nginx:1.29'],
      [4, 'nginx:1.27'],
      [5, 'nginx:1.30'],
    ]);
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

const barePod = (extra = '', name = 'web') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n${extra}`;
const bomb =
  'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';

describe('simulateCluster: no hang (each of these ran forever or ran out of memory before)', () => {
  it('a bare Pod with readinessProbe.periodSeconds -1 is refused as the API server does', () => {
    expectPodLabError(
      () => simulateCluster({ objects: barePod('    readinessProbe: {tcpSocket: {port: 80}, periodSeconds: -1}\n') }),
      /^spec\.containers\[0\]\.readinessProbe\.periodSeconds$/,
    );
  });
  it('nodeMonitorGracePeriodSeconds NaN', () => {
    expectPodLabError(
      () =>
        simulateCluster({
          objects: barePod(),
          nodeMonitorGracePeriodSeconds: NaN,
          actions: [{ at: 1, action: 'nodeLost', node: 'node-1' }],
        }),
      /^nodeMonitorGracePeriodSeconds$/,
    );
  });
  it('a Deployment of 10,000,000 replicas', () => {
    expectPodLabError(() => simulateCluster({ objects: deployment(10_000_000) }), /^objects$/);
  });
  it('10,000,000 nodes', () => {
    expectPodLabError(() => simulateCluster({ objects: barePod(), nodes: { count: 10_000_000 } }), /^nodes\.count$/);
  });
  it('a scale to 1,000,000', () => {
    expectPodLabError(
      () =>
        simulateCluster({
          objects: deployment(1),
          actions: [{ at: 1, action: 'scale', target: 'web', replicas: 1_000_000 }],
        }),
      /^actions\[0\]\.replicas$/,
    );
  });
  it('an apply that takes the cluster over the limit names the action', () => {
    expectPodLabError(
      () =>
        simulateCluster({
          objects: deployment(600),
          actions: [{ at: 5, action: 'apply', objects: deployment(600, { name: 'api' }) }],
        }),
      /^actions\[0\]\.objects$/,
    );
  });
  it('a step cap ends the run with a notice', () => {
    const sim = simulateCluster(
      { objects: deployment(3), behavior: { app: { exitAfterSeconds: 1, exitCode: 1 } }, until: 3600 },
      { maxSteps: 50 },
    );
    expect(sim.stopReason).toBe('eventCap');
    expect(sim.notice).toMatch(/50 steps/);
  });
  it('maxSteps must be a positive integer', () => {
    for (const maxSteps of [NaN, 0, -1, 1.5, Infinity])
      expectPodLabError(() => simulateCluster({ objects: barePod() }, { maxSteps }), /^options\.maxSteps$/);
  });
});

describe('simulateCluster: what kube-apiserver refuses is refused', () => {
  it('Pod name Web_1', () => {
    expectPodLabError(() => simulateCluster({ objects: barePod('', 'Web_1') }), /^metadata\.name$/);
  });
  it('two containers named app in a template, with the template path', () => {
    let message = '';
    try {
      simulateCluster({
        objects: deployment(1).replace(
          '        image: nginx:1.27\n',
          '        image: nginx:1.27\n      - name: app\n        image: nginx:1.28\n',
        ),
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      'The Deployment "web" is invalid: spec.template.spec.containers[1].name: Duplicate value: "app"',
    );
  });
  it('the same in a patch', () => {
    expectPodLabError(
      () =>
        simulateCluster({
          objects: deployment(1),
          actions: [
            {
              at: 5,
              action: 'patch',
              target: 'web',
              patch: { spec: { template: { spec: { containers: [{ name: 'app', image: '' }] } } } },
            },
          ],
        }),
      /^spec\.template\.spec\.containers\[0\]\.image$/,
    );
  });
  it('an unknown field in a template (strict decoding), under spec.template', () => {
    expectPodLabError(
      () =>
        simulateCluster({
          objects: deployment(1).replace(
            '        image: nginx:1.27\n',
            '        image: nginx:1.27\n        imagePolicy: Always\n',
          ),
        }),
      /^spec\.template\.spec\.containers\[0\]\.imagePolicy$/,
    );
  });
  it('activeDeadlineSeconds in a Deployment template', () => {
    expectPodLabError(
      () =>
        simulateCluster({
          objects: deployment(1).replace('      containers:\n', '      activeDeadlineSeconds: 30\n      containers:\n'),
        }),
      /^spec\.template\.spec\.activeDeadlineSeconds$/,
    );
  });
  it('a Deployment name that is not a DNS subdomain', () => {
    expectPodLabError(
      () =>
        simulateCluster({
          objects: deployment(1, { name: 'Web' })
            .replace('{app: Web}', '{app: web}')
            .replace('{app: Web}', '{app: web}'),
        }),
      /^metadata\.name$/,
    );
  });
  it('periodSeconds 0 in a template is defaulted to 10, as in simulate() (SetDefaults_Probe: zero means unset)', () => {
    const sim = simulateCluster({
      objects: deployment(1).replace(
        '        image: nginx:1.27\n',
        '        image: nginx:1.27\n        readinessProbe: {tcpSocket: {port: 80}, periodSeconds: 0}\n',
      ),
      until: 30,
    });
    expect(sim.objects.deployments[0].spec.template.spec.containers[0].readinessProbe?.periodSeconds).toBe(10);
  });
});

describe('simulateCluster: no raw error', () => {
  it('actions: [null]', () => {
    expectPodLabError(() => simulateCluster({ objects: deployment(1), actions: [null as never] }), /^actions\[0\]$/);
  });
  it('an action without its target', () => {
    expectPodLabError(
      () => simulateCluster({ objects: deployment(1), actions: [{ at: 1, action: 'scale', replicas: 2 } as never] }),
      /^actions\[0\]\.target$/,
    );
  });
  it('a YAML alias bomb', () => {
    expectPodLabError(() => simulateCluster({ objects: bomb }), /^objects$/);
  });
  it('an unknown target names the action', () => {
    expectPodLabError(
      () =>
        simulateCluster({
          objects: deployment(1),
          actions: [
            { at: 1, action: 'cordon', node: 'node-1' },
            { at: 2, action: 'scale', target: 'nope', replicas: 1 },
          ],
        }),
      /actions\[1\]\.target/,
    );
  });
  it('a behaviour function that throws', () => {
    expectPodLabError(() =>
      simulateCluster({
        objects: deployment(1),
        behavior: {
          app: () => {
            throw new Error('boom');
          },
        },
      }),
    );
  });
});

describe('controllers create valid Pods', () => {
  it('a long ReplicaSet name is cut to 58 characters before the random suffix (SimpleNameGenerator)', () => {
    const name = 'a'.repeat(60);
    const sim = simulateCluster({ objects: deployment(2, { name }), until: 10 });
    const pods = sim.stateAt(10).pods;
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p.name.length).toBe(63);
  });
});
