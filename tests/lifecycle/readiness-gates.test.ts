// Readiness gates (spec.readinessGates): the Pod is Ready only when its containers are ready AND every gate's
// condition is True (pkg/kubelet/status/generate.go GeneratePodReadyCondition, Kubernetes 1.35). The condition is
// set from outside, like `kubectl patch pod --subresource=status`: the `setCondition` action.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lifecycle';
import { simulateCluster } from '../../src/cluster';
import { isPodLabError } from '../../src/lifecycle/errors';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  readinessGates:
  - conditionType: example.com/lb-ready
  containers:
  - name: app
    image: nginx:1.27
`;
const GATE = 'example.com/lb-ready';
const ready = (s: ReturnType<typeof simulate>, t: number) => s.statusAt(t).conditions?.find((c) => c.type === 'Ready');

describe('readiness gates', () => {
  it('without the condition, Ready is False (ReadinessGatesNotReady) while ContainersReady is True', () => {
    const sim = simulate({ pod, until: 30 });
    expect(ready(sim, 10)).toMatchObject({
      status: 'False',
      reason: 'ReadinessGatesNotReady',
      message: `corresponding condition of pod readiness gate "${GATE}" does not exist.`,
    });
    expect(sim.statusAt(10).conditions?.find((c) => c.type === 'ContainersReady')?.status).toBe('True');
    // kubectl's READY column counts ready containers, not the Pod's Ready condition.
    expect(sim.watch[sim.watch.length - 1].ready).toBe('1/1');
  });

  it('a False condition gives its own message; True makes the Pod Ready at that time', () => {
    const sim = simulate({
      pod,
      until: 40,
      actions: [
        { at: 10, action: 'setCondition', type: GATE, status: 'False' },
        { at: 20, action: 'setCondition', type: GATE, status: 'True' },
      ],
    });
    expect(ready(sim, 15)).toMatchObject({
      status: 'False',
      message: `the status of pod readiness gate "${GATE}" is not "True", but False`,
    });
    expect(ready(sim, 25)).toMatchObject({ status: 'True', lastTransitionTime: 20 });
    const gate = sim.statusAt(25).conditions?.find((c) => c.type === GATE);
    expect(gate).toMatchObject({ status: 'True', lastTransitionTime: 20 });
  });

  it('the gate turning False again takes Ready away', () => {
    const sim = simulate({
      pod,
      until: 40,
      actions: [
        { at: 10, action: 'setCondition', type: GATE, status: 'True' },
        { at: 30, action: 'setCondition', type: GATE, status: 'False' },
      ],
    });
    expect(ready(sim, 20)?.status).toBe('True');
    expect(ready(sim, 35)?.status).toBe('False');
  });

  it('a kubelet-owned condition is not taken (the kubelet writes it again)', () => {
    const sim = simulate({
      pod,
      until: 20,
      actions: [{ at: 5, action: 'setCondition', type: 'Ready', status: 'True' }],
    });
    expect(ready(sim, 10)?.status).toBe('False');
    expect(sim.notice).toMatch(/belongs to the kubelet/);
  });

  it('checks the action', () => {
    let err: unknown;
    try {
      simulate({ pod, actions: [{ at: 5, action: 'setCondition', type: GATE, status: 'Yes' as 'True' }] });
    } catch (e) {
      err = e;
    }
    expect(isPodLabError(err)).toBe(true);
    expect((err as Error).message).toBe(
      'actions[0].status: Unsupported value: "Yes": supported values: "False", "True", "Unknown"',
    );
  });

  it('in a cluster: a Deployment Pod counts as ready only once its gate is True', () => {
    const sim = simulateCluster({
      nodes: { count: 1 },
      objects: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      readinessGates:
      - conditionType: ${GATE}
      containers:
      - name: app
        image: nginx:1.27
`,
      actions: [{ at: 15, action: 'setCondition', pod: 'web-', type: GATE, status: 'True' }],
      until: 30,
    });
    expect(sim.stateAt(10).replicaSets[0].ready).toBe(0);
    expect(sim.stateAt(10).pods[0].isReady).toBe(false);
    expect(sim.stateAt(16).replicaSets[0].ready).toBe(1);
  });
});
