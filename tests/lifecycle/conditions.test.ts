/**
 * Conditions, checked against the logic of kubernetes/kubernetes `pkg/kubelet/status/generate.go`
 * (GeneratePodInitializedCondition, GenerateContainersReadyCondition, GeneratePodReadyCondition; copy of the
 * 1.35 era with sidecar handling) and the order `generateAPIPodStatus` appends them.
 */
import { describe, expect, it } from 'vitest';
import { generateConditions } from '../../src/lifecycle/conditions';
import type { ContainerStatus, Pod, PodCondition } from '../../src/lifecycle/types';

const cs = (name: string, state: ContainerStatus['state'], extra: Partial<ContainerStatus> = {}): ContainerStatus => ({
  name,
  state,
  lastState: {},
  ready: false,
  restartCount: 0,
  image: 'img',
  ...extra,
});
const running = { running: { startedAt: 1 } };
const done = { terminated: { exitCode: 0, reason: 'Completed' } };
const byType = (cs: PodCondition[]) => Object.fromEntries(cs.map((c) => [c.type, c]));

function pod(status: Pod['status'], spec: Partial<Pod['spec']> = {}): Pod {
  return {
    metadata: { name: 'web' },
    spec: { nodeName: 'node-1', containers: [{ name: 'app' }, { name: 'side' }], ...spec },
    status,
  };
}

describe('generateConditions', () => {
  it('lists the kubelet conditions in the order kubectl get -o yaml shows them', () => {
    const c = generateConditions(
      pod({
        phase: 'Running',
        containerStatuses: [cs('app', running, { ready: true }), cs('side', running, { ready: true })],
      }),
      'Running',
    );
    expect(c.map((x) => x.type)).toEqual([
      'PodReadyToStartContainers',
      'Initialized',
      'Ready',
      'ContainersReady',
      'PodScheduled',
    ]);
    expect(c.every((x) => x.status === 'True')).toBe(true);
  });
  it('unready containers: Go list format in the message, Ready copies ContainersReady', () => {
    const c = byType(
      generateConditions(
        pod({ phase: 'Running', containerStatuses: [cs('app', running), cs('side', running)] }),
        'Running',
      ),
    );
    expect(c.ContainersReady).toEqual({
      type: 'ContainersReady',
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [app side]',
    });
    expect(c.Ready).toEqual({
      type: 'Ready',
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [app side]',
    });
  });
  it('unknown and unready together', () => {
    const c = byType(generateConditions(pod({ phase: 'Pending', containerStatuses: [cs('app', running)] }), 'Pending'));
    expect(c.ContainersReady.message).toBe(
      'containers with unknown status: [side], containers with unready status: [app]',
    );
  });
  it('no statuses at all: UnknownContainerStatuses', () => {
    const c = byType(generateConditions(pod({ phase: 'Pending' }, { initContainers: [{ name: 'init' }] }), 'Pending'));
    expect(c.Initialized).toEqual({ type: 'Initialized', status: 'False', reason: 'UnknownContainerStatuses' });
    expect(c.ContainersReady).toEqual({ type: 'ContainersReady', status: 'False', reason: 'UnknownContainerStatuses' });
  });
  it('Succeeded → PodCompleted, Failed → PodFailed', () => {
    const st = {
      containerStatuses: [cs('app', done), cs('side', done)],
      initContainerStatuses: [cs('init', done, { ready: true })],
    };
    const ok = byType(
      generateConditions(pod({ phase: 'Succeeded', ...st }, { initContainers: [{ name: 'init' }] }), 'Succeeded'),
    );
    expect(ok.Initialized).toEqual({ type: 'Initialized', status: 'True', reason: 'PodCompleted' });
    expect(ok.ContainersReady).toEqual({ type: 'ContainersReady', status: 'False', reason: 'PodCompleted' });
    expect(ok.Ready.reason).toBe('PodCompleted');
    const ko = byType(generateConditions(pod({ phase: 'Failed', ...st }), 'Failed'));
    expect(ko.ContainersReady).toEqual({ type: 'ContainersReady', status: 'False', reason: 'PodFailed' });
  });
  it('init containers: incomplete until ready; a sidecar counts once started', () => {
    const spec = { initContainers: [{ name: 'init' }, { name: 'proxy', restartPolicy: 'Always' as const }] };
    const waiting = byType(
      generateConditions(
        pod({ phase: 'Pending', initContainerStatuses: [cs('init', running)], containerStatuses: [] }, spec),
        'Pending',
      ),
    );
    expect(waiting.Initialized).toEqual({
      type: 'Initialized',
      status: 'False',
      reason: 'ContainersNotInitialized',
      message: 'containers with unknown status: [proxy], containers with incomplete status: [init]',
    });
    const sidecarNotStarted = byType(
      generateConditions(
        pod(
          {
            phase: 'Pending',
            initContainerStatuses: [cs('init', done, { ready: true }), cs('proxy', running, { started: false })],
            containerStatuses: [],
          },
          spec,
        ),
        'Pending',
      ),
    );
    expect(sidecarNotStarted.Initialized.message).toBe('containers with incomplete status: [proxy]');
    const started = byType(
      generateConditions(
        pod(
          {
            phase: 'Pending',
            initContainerStatuses: [cs('init', done, { ready: true }), cs('proxy', running, { started: true })],
            containerStatuses: [],
          },
          spec,
        ),
        'Pending',
      ),
    );
    expect(started.Initialized.status).toBe('True');
  });
  it('a started regular container keeps Initialized True while a sidecar restarts', () => {
    const spec = { initContainers: [{ name: 'proxy', restartPolicy: 'Always' as const }] };
    const c = byType(
      generateConditions(
        pod(
          {
            phase: 'Running',
            initContainerStatuses: [cs('proxy', { waiting: { reason: 'CrashLoopBackOff' } })],
            containerStatuses: [cs('app', running, { ready: true }), cs('side', running, { ready: true })],
          },
          spec,
        ),
        'Running',
      ),
    );
    expect(c.Initialized.status).toBe('True');
    // The sidecar counts for ContainersReady.
    expect(c.ContainersReady.message).toBe('containers with unready status: [proxy]');
  });
  it('readiness gates: missing or not True → ReadinessGatesNotReady', () => {
    const st = {
      phase: 'Running' as const,
      containerStatuses: [cs('app', running, { ready: true }), cs('side', running, { ready: true })],
    };
    const spec = { readinessGates: [{ conditionType: 'example.com/lb' }, { conditionType: 'example.com/db' }] };
    const c = byType(
      generateConditions(pod({ ...st, conditions: [{ type: 'example.com/db', status: 'False' }] }, spec), 'Running'),
    );
    expect(c.ContainersReady.status).toBe('True');
    expect(c.Ready).toEqual({
      type: 'Ready',
      status: 'False',
      reason: 'ReadinessGatesNotReady',
      message:
        'corresponding condition of pod readiness gate "example.com/lb" does not exist., the status of pod readiness gate "example.com/db" is not "True", but False',
    });
    expect(c['example.com/db'].status).toBe('False');
  });
  it('PodScheduled and PodReadyToStartContainers follow the options', () => {
    const c = byType(
      generateConditions(pod({ phase: 'Pending' }, { nodeName: undefined }), 'Pending', { sandboxReady: false }),
    );
    expect(c.PodScheduled).toEqual({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' });
    expect(c.PodReadyToStartContainers.status).toBe('False');
  });
  it('lastTransitionTime moves only when the status changes', () => {
    const p = pod({ phase: 'Running', containerStatuses: [cs('app', running), cs('side', running)] });
    const first = generateConditions(p, 'Running', { now: 5 });
    p.status!.containerStatuses = [cs('app', running, { ready: true }), cs('side', running)];
    const second = byType(generateConditions(p, 'Running', { now: 9, previous: first }));
    expect(second.PodScheduled.lastTransitionTime).toBe(5);
    expect(second.Ready.lastTransitionTime).toBe(5);
    p.status!.containerStatuses = [cs('app', running, { ready: true }), cs('side', running, { ready: true })];
    const third = byType(generateConditions(p, 'Running', { now: 12, previous: Object.values(second) }));
    expect(third.Ready).toMatchObject({ status: 'True', lastTransitionTime: 12 });
  });
});
