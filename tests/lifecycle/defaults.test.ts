import { describe, expect, it } from 'vitest';
import { applyDefaults } from '../../src/lifecycle/defaults';
import type { Container, Pod } from '../../src/lifecycle/types';
import { defaultCases } from './fixtures/defaults-cases';

/** Every field that has a default, left empty (the Go test fills zero values the same way). */
function fullContainer(name: string): Container {
  return {
    name,
    image: 'nginx:1.27',
    env: [
      { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } } as Container['env'] extends
        (infer E)[] | undefined
        ? E
        : never,
    ],
    ports: [{ containerPort: 80 }],
    resources: { limits: { cpu: '1' } },
    lifecycle: { postStart: { httpGet: { port: 80 } }, preStop: { httpGet: { port: 80 } } },
    livenessProbe: { httpGet: { port: 80 } },
    readinessProbe: { grpc: { port: 9000 } },
    startupProbe: { tcpSocket: { port: 80 } },
  };
}
function fullPod(): Pod {
  const field = { fieldRef: { fieldPath: 'metadata.name' }, path: 'name' };
  return {
    metadata: { name: 'web' },
    spec: {
      initContainers: [fullContainer('init')],
      containers: [fullContainer('app')],
      ephemeralContainers: [fullContainer('debug')],
      volumes: [
        { name: 'cm', configMap: { name: 'x' } },
        { name: 'dapi', downwardAPI: { items: [field] } },
        { name: 'empty' },
        { name: 'host', hostPath: { path: '/tmp' } },
        {
          name: 'proj',
          projected: { sources: [{ downwardAPI: { items: [field] } }, { serviceAccountToken: { path: 'token' } }] },
        },
        { name: 'sec', secret: { secretName: 's' } },
      ],
    },
  };
}

function get(obj: unknown, path: string): unknown {
  return path
    .split(/\.|\[|\]/)
    .filter(Boolean)
    .reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

describe('applyDefaults: upstream defaults_test.go TestPodDefaults', () => {
  const pod = applyDefaults(fullPod());
  it.each(defaultCases.filter((c) => !c.excluded).map((c) => [c.path, c] as const))('%s', (_p, c) => {
    expect(get(pod, c.path)).toEqual(c.want);
  });
  it('keeps the reason of every case it does not run', () => {
    for (const c of defaultCases.filter((x) => x.excluded)) expect(c.excluded).toBeTruthy();
  });
  it('ephemeral containers do not get requests copied from limits (SetDefaults_Pod covers containers and init containers)', () => {
    expect(get(pod, 'spec.ephemeralContainers[0].resources.requests')).toBeUndefined();
  });
});

describe('applyDefaults: more behaviour', () => {
  const minimal = (): Pod => ({ metadata: { name: 'web' }, spec: { containers: [{ name: 'app', image: 'nginx' }] } });
  it('never mutates its input', () => {
    const input = minimal();
    const copy = structuredClone(input);
    applyDefaults(input);
    expect(input).toEqual(copy);
  });
  it('adds namespace default, serviceAccountName default, the two NoExecute tolerations', () => {
    const p = applyDefaults(minimal());
    expect(p.metadata.namespace).toBe('default');
    expect(p.spec.serviceAccountName).toBe('default');
    expect(p.spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    expect(p.spec.containers[0].imagePullPolicy).toBe('Always');
  });
  it('does not add a toleration the Pod already has (empty key or empty effect counts)', () => {
    const p = minimal();
    p.spec.tolerations = [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 5 },
    ];
    expect(applyDefaults(p).spec.tolerations).toHaveLength(2);
    p.spec.tolerations = [{ operator: 'Exists' }];
    expect(applyDefaults(p).spec.tolerations).toHaveLength(1);
  });
  it('never overwrites a value that is set (imagePullPolicy stays when the image changes)', () => {
    const once = applyDefaults(minimal());
    once.spec.containers[0].image = 'nginx:1.27';
    expect(applyDefaults(once).spec.containers[0].imagePullPolicy).toBe('Always');
    const p = minimal();
    p.spec.terminationGracePeriodSeconds = 0;
    p.spec.restartPolicy = 'Never';
    expect(applyDefaults(p).spec.terminationGracePeriodSeconds).toBe(0);
    expect(applyDefaults(p).spec.restartPolicy).toBe('Never');
  });
  it('hostNetwork Pods get hostPort = containerPort', () => {
    const p = minimal();
    p.spec.hostNetwork = true;
    p.spec.containers[0].ports = [{ containerPort: 8080 }];
    expect(applyDefaults(p).spec.containers[0].ports![0]).toEqual({
      containerPort: 8080,
      protocol: 'TCP',
      hostPort: 8080,
    });
  });
  it('requests copied from limits only where not set', () => {
    const p = minimal();
    p.spec.containers[0].resources = { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m' } };
    expect(applyDefaults(p).spec.containers[0].resources).toEqual({
      limits: { cpu: '1', memory: '1Gi' },
      requests: { cpu: '500m', memory: '1Gi' },
    });
  });
});
