/** Scenarios of the golden test (./../golden.test.ts): what the kubelet model must keep doing exactly. */
import type { Scenario } from '../../../src/lifecycle/types';
import type { ClusterScenario } from '../../../src/cluster';
import { deployment } from '../../cluster/fixtures';

const manyContainers = (n: number, extra = ''): string =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n${extra}  containers:\n${Array.from({ length: n }, (_, i) => `  - {name: c${i}, image: busybox:1.36}`).join('\n')}\n`;

export const podScenarios: Record<string, Scenario> = {
  'single Pod, 300 crash-looping containers': {
    pod: manyContainers(300),
    behavior: Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [
        `c${i}`,
        { exitAfterSeconds: 5 + (i % 7), exitCode: i % 3 === 0 ? 0 : 1 },
      ]),
    ),
    until: 900,
  },
  'OnFailure, mixed exits, delete': {
    pod: manyContainers(12, '  restartPolicy: OnFailure\n'),
    behavior: Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `c${i}`,
        i % 4 === 3 ? {} : { exitAfterSeconds: 3 + i, exitCode: i % 2, shutdownSeconds: i },
      ]),
    ),
    actions: [{ at: 700, action: 'delete', gracePeriodSeconds: 8 }],
    until: 800,
  },
  'restartPolicy Never': {
    pod: manyContainers(4, '  restartPolicy: Never\n'),
    behavior: {
      c0: { exitAfterSeconds: 5, exitCode: 1 },
      c1: { exitAfterSeconds: 9, exitCode: 0 },
      c2: {},
      c3: { exitAfterSeconds: 20, exitCode: 2 },
    },
    until: 120,
  },
  'init containers and sidecars, probes, delete': {
    pod: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  terminationGracePeriodSeconds: 20
  initContainers:
  - name: migrate
    image: busybox:1.36
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    startupProbe:
      tcpSocket: {port: 15000}
      periodSeconds: 2
    readinessProbe:
      httpGet: {path: /ready, port: 15000}
      periodSeconds: 3
    lifecycle:
      preStop:
        sleep: {seconds: 3}
  - name: logs
    image: fluent/fluent-bit:3.1
    restartPolicy: Always
  containers:
  - name: app
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
    livenessProbe:
      httpGet: {path: /healthz, port: 80}
      periodSeconds: 10
    lifecycle:
      preStop:
        exec: {command: [sleep, "5"]}
  - name: worker
    image: busybox:1.36
`,
    behavior: {
      migrate: [
        { exitAfterSeconds: 4, exitCode: 1 },
        { exitAfterSeconds: 6, exitCode: 0 },
      ],
      proxy: { startupSeconds: 5, shutdownSeconds: 2 },
      logs: { exitAfterSeconds: 40, exitCode: 1 },
      app: { startupSeconds: 12, notReadyAfterSeconds: 90, preStopSeconds: 5, shutdownSeconds: 30 },
      worker: { exitAfterSeconds: 25, exitCode: 1 },
    },
    actions: [{ at: 300, action: 'delete' }],
    until: 400,
  },
  'ten containers: init, sidecars, probes, crash loops, delete (status kept per container)': {
    pod: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  terminationGracePeriodSeconds: 15
  initContainers:
  - name: migrate
    image: busybox:1.36
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    startupProbe:
      tcpSocket: {port: 15000}
      periodSeconds: 2
    readinessProbe:
      httpGet: {path: /ready, port: 15000}
      periodSeconds: 3
  - name: logs
    image: fluent/fluent-bit:3.1
    restartPolicy: Always
  containers:
${Array.from(
  { length: 7 },
  (_, i) => `  - name: app${i}
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: ${2 + i}
    livenessProbe:
      httpGet: {path: /healthz, port: 80}
      periodSeconds: 5
      failureThreshold: 2
`,
).join('')}`,
    behavior: {
      migrate: [
        { exitAfterSeconds: 3, exitCode: 1 },
        { exitAfterSeconds: 4, exitCode: 0 },
      ],
      proxy: { startupSeconds: 4, shutdownSeconds: 2 },
      logs: { exitAfterSeconds: 50, exitCode: 1 },
      app0: { startupSeconds: 5 },
      app1: { startupSeconds: 5, notReadyAfterSeconds: 60 },
      app2: { exitAfterSeconds: 12, exitCode: 1 },
      app3: [{ startupSeconds: 3, unhealthyAfterSeconds: 40 }, { startupSeconds: 3 }],
      app4: { exitAfterSeconds: 30, exitCode: 0, shutdownSeconds: 20 },
      app5: { startupSeconds: 10, shutdownSeconds: 30 },
      app6: { exitAfterSeconds: 7, exitCode: 2 },
    },
    actions: [
      { at: 200, action: 'nodeLost' },
      { at: 230, action: 'nodeReady' },
      { at: 400, action: 'delete' },
    ],
    until: 500,
  },
  'liveness and startup probes failing': {
    pod: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: nginx:1.27
    startupProbe:
      httpGet: {path: /started, port: 80}
      periodSeconds: 3
      failureThreshold: 5
    livenessProbe:
      httpGet: {path: /healthz, port: 80}
      periodSeconds: 5
      failureThreshold: 2
    readinessProbe:
      tcpSocket: {port: 80}
      periodSeconds: 2
  - name: slow
    image: nginx:1.27
    startupProbe:
      exec: {command: [cat, /tmp/ok]}
      periodSeconds: 2
      failureThreshold: 3
`,
    behavior: {
      app: [
        { startupSeconds: 4, unhealthyAfterSeconds: 30 },
        { startupSeconds: 8, notReadyAfterSeconds: 20 },
      ],
      slow: { startupSeconds: 60 },
    },
    until: 600,
  },
  'image pull errors, missing config, back-off': {
    pod: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: bad
    image: registry.example.com/nope:1.0
  - name: cfg
    image: busybox:1.36
    env:
    - name: X
      valueFrom:
        configMapKeyRef: {name: missing, key: x}
  - name: ok
    image: nginx:1.27
`,
    cluster: { missingImages: ['registry.example.com/nope:1.0'] },
    until: 400,
  },
  'termination: grace, preStop longer than grace, SIGKILL, finalizer': {
    pod: `apiVersion: v1
kind: Pod
metadata: {name: web, finalizers: [example.com/keep]}
spec:
  terminationGracePeriodSeconds: 10
  containers:
  - name: app
    image: nginx:1.27
    lifecycle:
      preStop:
        exec: {command: [sleep, "30"]}
  - name: stubborn
    image: busybox:1.36
`,
    behavior: { app: { preStopSeconds: 30 }, stubborn: { shutdownSeconds: Infinity } },
    actions: [
      { at: 30, action: 'delete' },
      { at: 60, action: 'patch', patch: { metadata: { finalizers: null } } },
    ],
    until: 120,
  },
  'node lost and back, activeDeadlineSeconds': {
    pod: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  activeDeadlineSeconds: 500
  containers:
  - name: app
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /, port: 80}
      periodSeconds: 5
  - name: crash
    image: busybox:1.36
`,
    behavior: { crash: { exitAfterSeconds: 7, exitCode: 1 } },
    actions: [
      { at: 100, action: 'nodeLost' },
      { at: 200, action: 'nodeReady' },
      { at: 300, action: 'setCondition', type: 'example.com/gate', status: 'True' },
    ],
    until: 600,
  },
  'node lost, taint eviction': {
    pod: manyContainers(3),
    behavior: { c0: { exitAfterSeconds: 10, exitCode: 1 } },
    actions: [{ at: 50, action: 'nodeLost' }],
    until: 500,
  },
  'patch image, debug container, reduced back-off': {
    pod: manyContainers(5),
    behavior: {
      c0: { exitAfterSeconds: 3, exitCode: 1 },
      c1: { exitAfterSeconds: 3, exitCode: 1 },
      c2: {},
    },
    featureGates: { ReduceDefaultCrashLoopBackOffDecay: true },
    actions: [
      { at: 60, action: 'patch', patch: { spec: { containers: [{ name: 'c2', image: 'busybox:1.37' }] } } },
      { at: 90, action: 'debug', container: { name: 'dbg' }, behavior: { exitAfterSeconds: 5 } },
    ],
    until: 400,
  },
  'OOM kill': {
    pod: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      limits: {memory: 64Mi}
`,
    behavior: { app: { memory: { mebibytes: 128, afterSeconds: 10 } } },
    until: 900,
  },
};

export const clusterScenarios: Record<string, ClusterScenario> = {
  'rolling update with probes and a lost node': {
    nodes: { count: 3 },
    objects: deployment(6, { probe: true }),
    behavior: { app: { startupSeconds: 3 } },
    actions: [
      { at: 60, action: 'setImage', target: 'web', image: 'nginx:1.28' },
      { at: 70, action: 'nodeLost', node: 'node-2' },
      { at: 500, action: 'nodeReady', node: 'node-2' },
    ],
    until: 900,
  },
  'crash-looping Deployment, drain': {
    nodes: { count: 2 },
    objects: deployment(4),
    behavior: { app: { exitAfterSeconds: 20, exitCode: 1 } },
    actions: [
      { at: 100, action: 'drain', node: 'node-1' },
      { at: 200, action: 'scale', target: 'web', replicas: 2 },
    ],
    until: 600,
  },
};
