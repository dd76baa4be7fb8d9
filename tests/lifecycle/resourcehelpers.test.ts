import { describe, expect, it } from 'vitest';
import { podRequestsText, podRequests, type Pod, type Container } from '../../src/lifecycle';

// staging/src/k8s.io/component-helpers/resource/helpers_test.go (TestPodResourceRequests), Kubernetes 1.35, as data.
const c = (name: string, cpu: string, sidecar = false): Container => ({
  name,
  image: 'x',
  resources: { requests: { cpu } },
  ...(sidecar ? { restartPolicy: 'Always' as const } : {}),
});
const pod = (containers: Container[], init: Container[] = [], extra: Record<string, unknown> = {}): Pod => ({
  metadata: { name: 'p' },
  spec: { containers, initContainers: init, ...extra },
});

const CASES: [string, Pod, string][] = [
  ['nil options, larger init container', pod([c('c1', '1')], [c('i1', '4')]), '4'],
  ['nil options, larger containers', pod([c('c1', '2'), c('c2', '3')], [c('i1', '2')]), '5'],
  ['restartable init container', pod([c('c1', '1')], [c('ri1', '1', true)]), '2'],
  [
    'multiple restartable init containers',
    pod([c('c1', '1')], [c('i1', '5'), c('ri1', '1', true), c('ri2', '2', true), c('ri3', '3', true)]),
    '7',
  ],
  [
    'multiple restartable and regular init containers',
    pod([c('c1', '1')], [c('i1', '5'), c('ri1', '1', true), c('ri2', '2', true), c('i2', '5'), c('ri3', '3', true)]),
    '8',
  ],
  ['restartable-init, init and regular', pod([c('c1', '100')], [c('ri1', '10', true), c('i1', '200')]), '210'],
];

describe('PodRequests (component-helpers)', () => {
  it.each(CASES)('%s → cpu %s', (_name, p, cpu) => {
    expect(podRequestsText(p).cpu).toBe(cpu);
  });

  it('adds spec.overhead; pod-level requests replace the sum for cpu/memory only', () => {
    const withOverhead = pod([c('c1', '5')], [], { overhead: { cpu: '1', memory: '1Gi' } });
    expect(podRequestsText(withOverhead)).toEqual({ cpu: '6', memory: '1Gi' });
    const podLevel = pod([c('c1', '1')], [], { resources: { requests: { cpu: '4', 'example.com/dongle': '2' } } });
    expect(podRequestsText(podLevel)).toEqual({ cpu: '4' });
  });

  it('sums quantities exactly and prints them canonically', () => {
    const mem = (name: string, m: string, sidecar = false): Container => ({
      name,
      image: 'x',
      resources: { requests: { memory: m } },
      ...(sidecar ? { restartPolicy: 'Always' as const } : {}),
    });
    expect(podRequestsText(pod([mem('app', '256Mi')], [mem('proxy', '64Mi', true), mem('migrate', '512Mi')]))).toEqual({
      memory: '576Mi',
    });
    expect(podRequests(pod([mem('app', '0.5Gi')])).memory.nanos).toBe(536870912n * 1_000_000_000n);
  });

  it('refuses bad input with PodLabError', () => {
    expect(() => podRequests(null as unknown as Pod)).toThrow(/expected a Pod/);
    expect(() => podRequests(pod([c('c1', 'lots')]))).toThrow(/spec.containers\[0\].resources.requests.cpu/);
  });
});
