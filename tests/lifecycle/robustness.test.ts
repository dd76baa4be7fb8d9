// Issue 15 for simulate(): options checked first, no raw error; each of these failed before.
import { describe, expect, it } from 'vitest';
import { simulate, LIMITS } from '../../src/lifecycle';
import { expectPodLabError } from '../podlab-error';

const pod = (extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n${extra}`;

describe('simulate: options', () => {
  it('maxSteps must be a positive integer (NaN was accepted)', () => {
    for (const maxSteps of [NaN, 0, -3, 2.5, Infinity, '10' as unknown as number])
      expectPodLabError(() => simulate({ pod: pod() }, { maxSteps }), /^options\.maxSteps$/);
  });
  it('until is at most 30 days', () => {
    expectPodLabError(() => simulate({ pod: pod(), until: LIMITS.until + 1 }), /^until$/);
    expect(simulate({ pod: pod(), until: LIMITS.until }).stopReason).not.toBe('eventCap');
  });
  it('at most 1000 actions', () => {
    expectPodLabError(
      () =>
        simulate({
          pod: pod(),
          actions: Array.from({ length: 1001 }, (_, i) => ({ at: i, action: 'nodeReady' as const })),
        }),
      /^actions$/,
    );
  });
  it('containers per Pod are limited before anything else is read', () => {
    const containers = Array.from({ length: LIMITS.containersPerPod + 1 }, (_, i) => ({
      name: `c${i}`,
      image: 'nginx:1.27',
    }));
    expectPodLabError(
      () => simulate({ pod: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers } } }),
      /^spec\.containers$/,
    );
  });
});

describe('simulate: no raw error', () => {
  it('a YAML alias bomb is a yaml error on the field pod (was a ReferenceError)', () => {
    expectPodLabError(
      () =>
        simulate({
          pod: 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
        }),
      /^pod$/,
    );
  });
  it('a tcpSocket probe without port is invalid, as port 0 (was a TypeError)', () => {
    expectPodLabError(
      () => simulate({ pod: pod('    readinessProbe: {tcpSocket: {}}\n') }),
      /^spec\.containers\[0\]\.readinessProbe\.tcpSocket\.port$/,
    );
  });
  it('a patch that is not an object is refused in the notice (was a TypeError)', () => {
    const sim = simulate({ pod: pod(), actions: [{ at: 1, action: 'patch', patch: [] as never }], until: 10 });
    expect(sim.notice).toMatch(/expected an object, got array/);
  });
  it('a patch that gives a field the wrong type is refused in the notice', () => {
    const sim = simulate({
      pod: pod(),
      actions: [{ at: 1, action: 'patch', patch: { spec: { containers: 5 } } as never }],
      until: 10,
    });
    expect(sim.notice).toMatch(/spec\.containers/);
  });
  it('a scenario without pod names the field', () => {
    expectPodLabError(() => simulate({} as never), /^pod$/);
    expectPodLabError(() => simulate(null as never), /^scenario$/);
  });
});

describe('a negative terminationGracePeriodSeconds (accepted with a warning since Kubernetes 1.27)', () => {
  it('is treated as 1 s when the Pod is deleted (CheckGracefulDelete)', () => {
    const sim = simulate({
      pod: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  terminationGracePeriodSeconds: -5
  containers:
  - name: app
    image: nginx:1.27
`,
      behavior: { app: { shutdownSeconds: Infinity } },
      actions: [{ at: 10, action: 'delete' }],
      until: 60,
    });
    expect(sim.podAt(10.5)?.metadata.deletionGracePeriodSeconds).toBe(1);
    expect(sim.podAt(10.5)?.metadata.deletionTimestamp).toBe(11);
  });
});
