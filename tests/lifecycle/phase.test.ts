import { describe, expect, it } from 'vitest';
import { containerShouldRestart, derivePodPhase, isRestartableInitContainer } from '../../src/lifecycle/phase';
import type { Container, PodSpec } from '../../src/lifecycle/types';
import { phaseCases, runningState, succeededState } from './fixtures/phase-cases';

const run = phaseCases.filter((c) => !c.excluded);
const excluded = phaseCases.filter((c) => c.excluded);

describe('derivePodPhase: upstream getPhase tables (kubelet_pods_test.go @001a80e9)', () => {
  it.each(run.map((c) => [`${c.upstream} / ${c.name}`, c] as const))('%s', (_label, c) => {
    const phase = derivePodPhase(
      {
        spec: c.spec,
        status: { containerStatuses: c.containerStatuses, initContainerStatuses: c.initContainerStatuses },
      },
      { podIsTerminal: c.podIsTerminal, podHasInitialized: c.podHasInitialized },
    );
    expect(phase).toBe(c.want);
  });

  it('ports every table, and says why a case is not run', () => {
    const tables = new Set(phaseCases.map((c) => c.upstream));
    for (const t of [
      'TestPodPhaseWithRestartAlways',
      'TestPodPhaseWithRestartAlwaysInitContainers',
      'TestPodPhaseWithRestartAlwaysRestartableInitContainers',
      'TestPodPhaseWithRestartAlwaysAndPodHasRun',
      'TestPodPhaseWithRestartNever',
      'TestPodPhaseWithRestartNeverInitContainers',
      'TestPodPhaseWithRestartNeverRestartableInitContainers',
      'TestPodPhaseWithRestartOnFailure',
      'TestPodPhaseWithContainerRestartPolicy',
      'TestPodPhaseWithContainerRestartPolicyInitContainers',
      'TestPodPhaseWithRestartAllContainers',
    ])
      expect(tables.has(t), t).toBe(true);
    expect(run.length).toBe(79);
    expect(excluded.length).toBe(15);
    for (const c of excluded) expect(c.excluded).toMatch(/alpha/);
  });
});

describe('derivePodPhase: behaviour the seed notes got wrong', () => {
  const spec = (restartPolicy: PodSpec['restartPolicy']): PodSpec => ({
    containers: [{ name: 'a' }, { name: 'b' }],
    restartPolicy,
  });
  it('one failed container while another runs is Running, not Failed', () => {
    const status = {
      containerStatuses: [runningState('a'), { ...succeededState('b'), state: { terminated: { exitCode: 1 } } }],
    };
    expect(derivePodPhase({ spec: spec('Never'), status })).toBe('Running');
  });
  it('all exited under Always is Running (restarting), Succeeded only once the Pod is terminal', () => {
    const status = { containerStatuses: [succeededState('a'), succeededState('b')] };
    expect(derivePodPhase({ spec: spec('Always'), status })).toBe('Running');
    expect(derivePodPhase({ spec: spec('Always'), status }, { podIsTerminal: true })).toBe('Succeeded');
  });
  it('a static Pod gets no terminal phase from podIsTerminal (upstream TODO #116484)', () => {
    const status = { containerStatuses: [succeededState('a'), succeededState('b')] };
    const metadata = { annotations: { 'kubernetes.io/config.source': 'file' } };
    expect(derivePodPhase({ spec: spec('Always'), status, metadata }, { podIsTerminal: true })).toBe('Running');
  });
  it('derives podHasInitialized from a started regular container when not given', () => {
    const s: PodSpec = {
      initContainers: [{ name: 'side', restartPolicy: 'Always' }],
      containers: [{ name: 'a' }],
      restartPolicy: 'Always',
    };
    const status = { initContainerStatuses: [runningState('side')], containerStatuses: [runningState('a')] };
    expect(derivePodPhase({ spec: s, status })).toBe('Running');
    expect(derivePodPhase({ spec: s, status }, { podHasInitialized: false })).toBe('Pending');
  });
});

describe('containerShouldRestart (pkg/api/v1/pod/util.go)', () => {
  const pod = (restartPolicy?: PodSpec['restartPolicy']): PodSpec => ({ containers: [], restartPolicy });
  it.each([
    ['Always', 0, true],
    ['Always', 1, true],
    ['OnFailure', 0, false],
    ['OnFailure', 2, true],
    ['Never', 1, false],
    [undefined, 0, true],
  ] as const)('pod policy %s, exit %i → %s', (policy, exit, want) => {
    expect(containerShouldRestart({ name: 'a' }, pod(policy), exit)).toBe(want);
  });
  it('the container policy wins over the pod policy', () => {
    expect(containerShouldRestart({ name: 'a', restartPolicy: 'Never' }, pod('Always'), 1)).toBe(false);
    expect(containerShouldRestart({ name: 'a', restartPolicy: 'Always' }, pod('Never'), 0)).toBe(true);
  });
  it('restartPolicyRules: the first matching rule with action Restart restarts', () => {
    const ctr = {
      name: 'a',
      restartPolicy: 'Never',
      restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }],
    } as Container;
    expect(containerShouldRestart(ctr, pod('Never'), 42)).toBe(true);
    expect(containerShouldRestart(ctr, pod('Never'), 1)).toBe(false);
    const notIn = {
      name: 'a',
      restartPolicy: 'Never',
      restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'NotIn', values: [0] } }],
    } as Container;
    expect(containerShouldRestart(notIn, pod('Never'), 3)).toBe(true);
    expect(containerShouldRestart(notIn, pod('Never'), 0)).toBe(false);
  });
  it('isRestartableInitContainer: only restartPolicy Always', () => {
    expect(isRestartableInitContainer({ name: 'x', restartPolicy: 'Always' })).toBe(true);
    expect(isRestartableInitContainer({ name: 'x', restartPolicy: 'Never' })).toBe(false);
    expect(isRestartableInitContainer({ name: 'x' })).toBe(false);
  });
});
