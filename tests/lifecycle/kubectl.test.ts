import { describe, expect, it } from 'vitest';
import { kubectlAge, kubectlReady, kubectlRestarts, kubectlStatus, podRow } from '../../src/lifecycle/kubectl';
import type { Pod } from '../../src/lifecycle/types';
import { durationCases } from './fixtures/duration-cases';
import { kubectlCases, NOW } from './fixtures/kubectl-cases';

describe('printPod: upstream printers_test.go tables', () => {
  it.each(kubectlCases.map((c) => [`${c.upstream} / ${c.want.name}: ${c.comment}`, c] as const))('%s', (_label, c) => {
    const row = podRow(c.pod, NOW);
    expect({ name: row.name, ready: row.ready, status: row.status, restarts: row.restarts }).toEqual(c.want);
    expect(kubectlStatus(c.pod)).toBe(c.want.status);
    expect(kubectlReady(c.pod)).toBe(c.want.ready);
    expect(kubectlRestarts(c.pod, NOW)).toBe(c.want.restarts);
  });
  it('ports the four tables', () => {
    expect(new Set(kubectlCases.map((c) => c.upstream)).size).toBe(4);
    expect(kubectlCases.length).toBe(31);
  });
});

describe('duration.HumanDuration: upstream duration_test.go tables', () => {
  it.each(durationCases.map((c) => [`${c.upstream} / ${c.goDuration}`, c] as const))('%s', (_label, c) => {
    expect(kubectlAge(c.seconds)).toBe(c.want);
  });
});

describe('printPod: further cases from the printPod source', () => {
  const base = (status: Pod['status'], extra: Partial<Pod['metadata']> = {}): Pod => ({
    metadata: { name: 'web', creationTimestamp: 0, ...extra },
    spec: { containers: [{ name: 'app' }] },
    status,
  });
  const cs = (state: object, extra = {}) => ({
    name: 'app',
    ready: false,
    restartCount: 0,
    image: 'nginx',
    state,
    lastState: {},
    ...extra,
  });
  it('a deleting Pod whose status.reason is NodeLost shows Unknown', () => {
    expect(
      kubectlStatus(
        base(
          { phase: 'Running', reason: 'NodeLost', containerStatuses: [cs({ running: { startedAt: 1 } })] },
          { deletionTimestamp: 40 },
        ),
      ),
    ).toBe('Unknown');
  });
  it('a terminated container without reason shows ExitCode:n or Signal:n, init ones with the Init: prefix', () => {
    expect(kubectlStatus(base({ phase: 'Running', containerStatuses: [cs({ terminated: { exitCode: 3 } })] }))).toBe(
      'ExitCode:3',
    );
    expect(
      kubectlStatus(base({ phase: 'Running', containerStatuses: [cs({ terminated: { exitCode: 137, signal: 9 } })] })),
    ).toBe('Signal:9');
    const init: Pod = {
      metadata: { name: 'w' },
      spec: { initContainers: [{ name: 'i' }], containers: [{ name: 'app' }] },
      status: {
        phase: 'Pending',
        initContainerStatuses: [{ ...cs({ terminated: { exitCode: 2 } }), name: 'i' }],
        containerStatuses: [cs({ waiting: { reason: 'PodInitializing' } })],
      },
    };
    expect(kubectlStatus(init)).toBe('Init:ExitCode:2');
    init.status!.initContainerStatuses![0] = { ...cs({ waiting: { reason: 'CrashLoopBackOff' } }), name: 'i' };
    expect(kubectlStatus(init)).toBe('Init:CrashLoopBackOff');
  });
  it('CrashLoopBackOff with restarts and AGE from creationTimestamp', () => {
    const p = base({
      phase: 'Running',
      containerStatuses: [
        cs(
          { waiting: { reason: 'CrashLoopBackOff' } },
          { restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: 113 } } },
        ),
      ],
    });
    expect(podRow(p, 125)).toEqual({
      name: 'web',
      ready: '0/1',
      status: 'CrashLoopBackOff',
      restarts: '3 (12s ago)',
      age: '2m5s',
    });
  });
});
