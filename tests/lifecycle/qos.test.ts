import { describe, expect, it } from 'vitest';
import { computePodQOS, getPodQOS, simulate, type Pod, type Container } from '../../src/lifecycle';
import { preloaded } from './simulate-helpers';

// pkg/apis/core/v1/helper/qos/qos_test.go TestComputePodQOS (Kubernetes 1.35), as data.
type RL = [cpu: string, memory: string];
const list = ([cpu, memory]: RL, extra: Record<string, string> = {}) => ({
  ...(cpu ? { cpu } : {}),
  ...(memory ? { memory } : {}),
  ...extra,
});
const ctr = (name: string, req: RL, lim: RL, extra?: Record<string, string>): Container => ({
  name,
  image: 'x',
  resources: { requests: list(req, extra), limits: list(lim, extra) },
});
const pod = (
  name: string,
  containers: Container[],
  init: Container[] = [],
  podLevel?: { requests: RL; limits: RL },
): Pod => ({
  metadata: { name },
  spec: {
    containers,
    initContainers: init,
    ...(podLevel ? { resources: { requests: list(podLevel.requests), limits: list(podLevel.limits) } } : {}),
  },
});
const E: RL = ['', ''];

const CASES: [Pod, string][] = [
  [pod('guaranteed', [ctr('guaranteed', ['100m', '100Mi'], ['100m', '100Mi'])]), 'Guaranteed'],
  [
    pod('guaranteed-guaranteed', [
      ctr('a', ['100m', '100Mi'], ['100m', '100Mi']),
      ctr('b', ['100m', '100Mi'], ['100m', '100Mi']),
    ]),
    'Guaranteed',
  ],
  [pod('best-effort-best-effort', [ctr('a', E, E), ctr('b', E, E)]), 'BestEffort'],
  [pod('best-effort', [ctr('a', E, E)]), 'BestEffort'],
  [pod('best-effort-burstable', [ctr('a', E, E), ctr('b', ['1', ''], ['2', ''])]), 'Burstable'],
  [pod('best-effort-guaranteed', [ctr('a', E, E), ctr('b', ['10m', '100Mi'], ['10m', '100Mi'])]), 'Burstable'],
  [pod('burstable-cpu-guaranteed-memory', [ctr('a', ['', '100Mi'], ['', '100Mi'])]), 'Burstable'],
  [pod('burstable-no-limits', [ctr('a', ['100m', '100Mi'], E)]), 'Burstable'],
  [
    pod('burstable-guaranteed', [
      ctr('a', ['1', '100Mi'], ['2', '100Mi']),
      ctr('b', ['100m', '100Mi'], ['100m', '100Mi']),
    ]),
    'Burstable',
  ],
  [
    pod('burstable-unbounded-but-requests-match-limits', [
      ctr('a', ['100m', '100Mi'], ['200m', '200Mi']),
      ctr('b', ['100m', '100Mi'], E),
    ]),
    'Burstable',
  ],
  [pod('burstable-1', [ctr('a', ['10m', '100Mi'], ['100m', '200Mi'])]), 'Burstable'],
  [pod('burstable-2', [ctr('a', ['0', '0'], ['100m', '200Mi'])]), 'Burstable'],
  [pod('best-effort-hugepages', [ctr('a', ['0', '0'], ['0', '0'], { 'hugepages-2Mi': '1Gi' })]), 'BestEffort'],
  [pod('init-container', [ctr('a', E, E)], [ctr('i', ['10m', '100Mi'], ['100m', '200Mi'])]), 'Burstable'],
  // Pod-level resources (PodLevelResources, beta and on in 1.35).
  [
    pod('guaranteed-with-pod-level-resources', [ctr('a', E, E)], [], {
      requests: ['10m', '100Mi'],
      limits: ['10m', '100Mi'],
    }),
    'Guaranteed',
  ],
  [
    pod('guaranteed-with-pod-and-container-level-resources', [ctr('a', ['3m', '10Mi'], ['5m', '20Mi'])], [], {
      requests: ['10m', '100Mi'],
      limits: ['10m', '100Mi'],
    }),
    'Guaranteed',
  ],
  [
    pod('burstable-with-pod-level-resources', [ctr('a', E, E)], [], {
      requests: ['10m', '10Mi'],
      limits: ['20m', '50Mi'],
    }),
    'Burstable',
  ],
  [
    pod('burstable-with-pod-and-container-level-resources', [ctr('a', ['5m', '10Mi'], ['5m', '10Mi'])], [], {
      requests: ['10m', '10Mi'],
      limits: ['20m', '50Mi'],
    }),
    'Burstable',
  ],
  [
    pod('burstable-with-pod-and-container-level-requests', [ctr('a', ['5m', '10Mi'], E)], [], {
      requests: ['10m', '10Mi'],
      limits: E,
    }),
    'Burstable',
  ],
  [
    pod(
      'burstable-with-pod-and-container-level-resources-2',
      [ctr('a', ['5m', '10Mi'], E), ctr('b', ['5m', '10Mi'], ['5m', '10Mi'])],
      [],
      { requests: ['10m', '10Mi'], limits: ['5m', ''] },
    ),
    'Burstable',
  ],
];

describe('ComputePodQOS (qos_test.go)', () => {
  it.each(CASES.map(([p, q]) => [p.metadata.name, p, q] as const))('%s → %s', (_n, p, q) => {
    expect(computePodQOS(p)).toBe(q);
  });

  it('equal quantities written differently are equal (1 = 1000m, 1Gi = 1024Mi)', () => {
    expect(computePodQOS(pod('g', [ctr('a', ['1', '1Gi'], ['1000m', '1024Mi'])]))).toBe('Guaranteed');
  });

  it('a sidecar counts like any init container', () => {
    const side = { ...ctr('proxy', E, E), restartPolicy: 'Always' as const };
    const main = ctr('app', ['100m', '64Mi'], ['100m', '64Mi']);
    expect(computePodQOS(pod('s', [main], [side]))).toBe('Burstable');
  });

  it('GetPodQOS keeps a stored class; bad input is a PodLabError', () => {
    expect(getPodQOS({ ...pod('x', [ctr('a', E, E)]), status: { phase: 'Running', qosClass: 'Guaranteed' } })).toBe(
      'Guaranteed',
    );
    expect(() => computePodQOS({} as Pod)).toThrow(/expected a Pod/);
    expect(() => computePodQOS(pod('bad', [ctr('a', ['x', ''], E)]))).toThrow(
      /spec.containers\[0\].resources.requests.cpu/,
    );
  });

  it('simulate: status.qosClass is set from the start and kept to the end', () => {
    const yaml = (res: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n${res}`;
    const g = simulate({
      pod: yaml('    resources: {limits: {cpu: 500m, memory: 128Mi}}\n'),
      cluster: preloaded,
      until: 5,
    });
    expect(g.statusAt(0).qosClass).toBe('Guaranteed');
    expect(g.statusAt(5).qosClass).toBe('Guaranteed');
    expect(g.podAt(5)?.spec.containers[0].resources).toEqual({
      limits: { cpu: '500m', memory: '128Mi' },
      requests: { cpu: '500m', memory: '128Mi' },
    });
    expect(simulate({ pod: yaml(''), cluster: preloaded, until: 5 }).statusAt(5).qosClass).toBe('BestEffort');
    expect(
      simulate({ pod: yaml('    resources: {requests: {memory: 64Mi}}\n'), cluster: preloaded, until: 5 }).statusAt(5)
        .qosClass,
    ).toBe('Burstable');
  });
});
