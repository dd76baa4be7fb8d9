/**
 * Properties of `simulate` over random Pods, behaviours and actions (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../src/lifecycle';
import type { ContainerBehavior, Pod, Scenario, ScenarioAction, Simulation } from '../../src/lifecycle';

const NAMES = ['app', 'side', 'web'];

const behaviorArb: fc.Arbitrary<ContainerBehavior> = fc.record(
  {
    startupSeconds: fc.integer({ min: 0, max: 40 }),
    exitAfterSeconds: fc.integer({ min: 1, max: 400 }),
    exitCode: fc.constantFrom(0, 0, 1, 2),
    unhealthyAfterSeconds: fc.integer({ min: 0, max: 200 }),
    notReadyAfterSeconds: fc.integer({ min: 0, max: 200 }),
    shutdownSeconds: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(Infinity)),
    shutdownExitCode: fc.constantFrom(0, 143),
    postStartSeconds: fc.integer({ min: 0, max: 5 }),
    postStartFails: fc.boolean(),
    preStopSeconds: fc.integer({ min: 0, max: 60 }),
    preStopFails: fc.boolean(),
    pullSeconds: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

const probeArb = fc.record({
  periodSeconds: fc.integer({ min: 1, max: 20 }),
  failureThreshold: fc.integer({ min: 1, max: 5 }),
  initialDelaySeconds: fc.integer({ min: 0, max: 20 }),
  handler: fc.constantFrom('httpGet', 'tcpSocket', 'exec', 'grpc'),
});

type ProbeSpec = { periodSeconds: number; failureThreshold: number; initialDelaySeconds: number; handler: string };

function probeYaml(kind: string, p: ProbeSpec, successThreshold = 1): string {
  const h =
    p.handler === 'httpGet'
      ? 'httpGet: {path: /, port: 8080}'
      : p.handler === 'tcpSocket'
        ? 'tcpSocket: {port: 8080}'
        : p.handler === 'grpc'
          ? 'grpc: {port: 9090}'
          : 'exec: {command: ["true"]}';
  return `    ${kind}:\n      ${h}\n      periodSeconds: ${p.periodSeconds}\n      failureThreshold: ${p.failureThreshold}\n      initialDelaySeconds: ${p.initialDelaySeconds}\n      successThreshold: ${successThreshold}`;
}

const containerArb = (name: string) =>
  fc.record({
    name: fc.constant(name),
    liveness: fc.option(probeArb, { nil: undefined }),
    readiness: fc.option(probeArb, { nil: undefined }),
    startup: fc.option(probeArb, { nil: undefined }),
    preStop: fc.boolean(),
    postStart: fc.boolean(),
  });

const podArb = fc.record({
  restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never'),
  grace: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  inits: fc.integer({ min: 0, max: 2 }),
  sidecar: fc.boolean(),
  containers: fc.integer({ min: 1, max: 2 }).chain((n) => fc.tuple(...NAMES.slice(0, n).map(containerArb))),
  missingImage: fc.boolean(),
});

type PodSpecArb = fc.Arbitrary<typeof podArb extends fc.Arbitrary<infer T> ? T : never>;
type PodShape = PodSpecArb extends fc.Arbitrary<infer T> ? T : never;

function manifest(p: PodShape): string {
  const lines = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: prop}',
    'spec:',
    `  restartPolicy: ${p.restartPolicy}`,
  ];
  if (p.grace !== undefined) lines.push(`  terminationGracePeriodSeconds: ${p.grace}`);
  if (p.inits > 0 || p.sidecar) {
    lines.push('  initContainers:');
    for (let i = 0; i < p.inits; i++) lines.push(`  - {name: init${i}, image: "busybox:1.36"}`);
    if (p.sidecar) lines.push('  - name: sidecar', '    image: busybox:1.36', '    restartPolicy: Always');
  }
  lines.push('  containers:');
  for (const c of p.containers) {
    lines.push(
      `  - name: ${c.name}`,
      `    image: ${p.missingImage && c.name === 'app' ? 'nginx:missing' : 'nginx:1.27'}`,
    );
    if (c.liveness) lines.push(probeYaml('livenessProbe', c.liveness));
    if (c.readiness) lines.push(probeYaml('readinessProbe', c.readiness));
    if (c.startup) lines.push(probeYaml('startupProbe', c.startup));
    if (c.preStop || c.postStart) {
      lines.push('    lifecycle:');
      if (c.postStart) lines.push('      postStart: {exec: {command: ["sh", "-c", "true"]}}');
      if (c.preStop) lines.push('      preStop: {exec: {command: ["sh", "-c", "sleep 1"]}}');
    }
  }
  return lines.join('\n') + '\n';
}

const actionArb: fc.Arbitrary<ScenarioAction> = fc.oneof(
  fc.record({
    at: fc.integer({ min: 0, max: 900 }),
    action: fc.constant('delete' as const),
    gracePeriodSeconds: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    force: fc.option(fc.boolean(), { nil: undefined }),
  }),
  fc.record({ at: fc.integer({ min: 0, max: 900 }), action: fc.constant('nodeLost' as const) }),
  fc.record({ at: fc.integer({ min: 0, max: 900 }), action: fc.constant('nodeReady' as const) }),
  fc.record({
    at: fc.integer({ min: 0, max: 900 }),
    action: fc.constant('patch' as const),
    patch: fc.constant({ spec: { containers: [{ name: 'app', image: 'nginx:1.28' }] } }),
  }),
  fc.record({
    at: fc.integer({ min: 0, max: 900 }),
    action: fc.constant('debug' as const),
    container: fc.constant({ name: 'dbg', image: 'busybox:1.36' }),
  }),
) as fc.Arbitrary<ScenarioAction>;

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    pod: podArb,
    behaviors: fc.dictionary(
      fc.constantFrom('app', 'web', 'side', 'init0', 'init1', 'sidecar'),
      fc.oneof(behaviorArb, fc.array(behaviorArb, { minLength: 1, maxLength: 4 })),
    ),
    actions: fc.array(actionArb, { maxLength: 4 }),
    until: fc.integer({ min: 60, max: 1500 }),
  })
  .map(({ pod, behaviors, actions, until }) => ({
    pod: manifest(pod),
    behavior: behaviors,
    actions,
    until,
    cluster: { imagesOnNode: ['busybox:1.36'], missingImages: ['nginx:missing'] },
  }));

/** Every status the API showed, in order (one per snapshot time). */
function statuses(sim: Simulation): { t: number; pod: Pod }[] {
  const out: { t: number; pod: Pod }[] = [];
  const times = new Set<number>([
    0,
    ...sim.watch.map((w) => w.time),
    ...sim.transitions.map((t) => t.time),
    sim.endTime,
  ]);
  for (const t of [...times].sort((a, b) => a - b)) {
    const pod = sim.podAt(t);
    if (pod) out.push({ t, pod });
  }
  return out;
}

const RUNS = { numRuns: 50 };
// Each property runs dozens of whole simulations; the machine may be shared, so allow time.
const TIMEOUT = 120_000;

describe('simulate: properties', () => {
  it(
    'never leaves Succeeded or Failed',
    () => {
      fc.assert(
        fc.property(scenarioArb, (sc) => {
          const sim = simulate(sc);
          let terminal: string | undefined;
          for (const { t, pod } of statuses(sim)) {
            const phase = pod.status?.phase;
            if (terminal) expect(phase, `t=${t}`).toBe(terminal);
            if (phase === 'Succeeded' || phase === 'Failed') terminal = phase;
          }
          // Also in the machine's own record.
          const phases = sim.transitions.filter(
            (x) => x.machine === 'pod' && ['Pending', 'Running', 'Succeeded', 'Failed'].includes(x.to),
          );
          const firstTerminal = phases.findIndex((x) => x.to === 'Succeeded' || x.to === 'Failed');
          if (firstTerminal >= 0) expect(phases.length - 1).toBe(firstTerminal);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'restartCount never decreases',
    () => {
      fc.assert(
        fc.property(scenarioArb, (sc) => {
          const sim = simulate(sc);
          const last = new Map<string, number>();
          for (const { t, pod } of statuses(sim)) {
            for (const cs of [
              ...(pod.status?.initContainerStatuses ?? []),
              ...(pod.status?.containerStatuses ?? []),
              ...(pod.status?.ephemeralContainerStatuses ?? []),
            ]) {
              const before = last.get(cs.name) ?? 0;
              expect(cs.restartCount, `${cs.name} at t=${t}`).toBeGreaterThanOrEqual(before);
              last.set(cs.name, cs.restartCount);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'no SIGKILL before the grace period (+2 s) is over',
    () => {
      fc.assert(
        fc.property(scenarioArb, (sc) => {
          const sim = simulate(sc);
          const pod = sim.pod;
          const maxGrace = Math.max(
            pod.spec.terminationGracePeriodSeconds ?? 30,
            ...(sc.actions ?? []).map((a) => (a.action === 'delete' ? (a.gracePeriodSeconds ?? 0) : 0)),
            0,
          );
          for (const name of new Set(
            sim.transitions.filter((t) => t.machineId === 'container').map((t) => t.machine),
          )) {
            const trs = sim.transitions.filter((t) => t.machine === name);
            let killStart: number | undefined;
            let sigterm: number | undefined;
            for (const t of trs) {
              if (t.to === 'Stopping' && t.from !== 'Stopping') {
                killStart = t.time;
                sigterm = undefined;
              }
              if (t.cause === 'SIGTERM') sigterm = t.time;
              if (t.cause === 'SIGKILL' && t.to === 'Stopping') {
                expect(killStart, name).toBeDefined();
                expect(sigterm, name).toBeDefined();
                // SIGKILL only after the grace period: at least the 2 s minimum after SIGTERM, at most grace + 2 s after the kill began.
                expect(t.time - sigterm!, name).toBeGreaterThanOrEqual(2);
                expect(t.time - killStart!, name).toBeLessThanOrEqual(maxGrace + 2);
              }
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'Ready=True implies every container (and sidecar) is ready',
    () => {
      fc.assert(
        fc.property(scenarioArb, (sc) => {
          const sim = simulate(sc);
          for (const { t, pod } of statuses(sim)) {
            const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
            if (ready?.status !== 'True') continue;
            for (const cs of pod.status?.containerStatuses ?? []) expect(cs.ready, `${cs.name} at t=${t}`).toBe(true);
            const sidecars = new Set(
              (pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name),
            );
            for (const cs of pod.status?.initContainerStatuses ?? [])
              if (sidecars.has(cs.name)) expect(cs.ready, `${cs.name} at t=${t}`).toBe(true);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'init containers start in order, each after the previous one (or its sidecar start)',
    () => {
      fc.assert(
        fc.property(scenarioArb, (sc) => {
          const sim = simulate(sc);
          const inits = (sim.pod.spec.initContainers ?? []).map((c) => c.name);
          const firstStart = (n: string) =>
            sim.transitions.find((t) => t.machine === `container/${n}` && t.to === 'Starting')?.time;
          let prev = -Infinity;
          let seenMissing = false;
          for (const n of inits) {
            const s = firstStart(n);
            if (s === undefined) {
              seenMissing = true;
              continue;
            }
            expect(seenMissing, `${n} started after an earlier init container never did`).toBe(false);
            expect(s).toBeGreaterThanOrEqual(prev);
            prev = s;
          }
          const main = sim.pod.spec.containers
            .map((c) => firstStart(c.name))
            .filter((x): x is number => x !== undefined);
          for (const m of main) expect(m).toBeGreaterThanOrEqual(prev === -Infinity ? 0 : prev);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'the same input gives the same output (deep-equal)',
    () => {
      fc.assert(
        fc.property(scenarioArb, (sc) => {
          const a = simulate(sc);
          const b = simulate(sc);
          expect(a.events).toEqual(b.events);
          expect(a.watch).toEqual(b.watch);
          expect(a.transitions).toEqual(b.transitions);
          expect(a.pod).toEqual(b.pod);
          expect([a.endTime, a.stopReason, a.removedAt, a.notice]).toEqual([
            b.endTime,
            b.stopReason,
            b.removedAt,
            b.notice,
          ]);
          for (const t of [0, 10, 100, a.endTime]) expect(a.podAt(t)).toEqual(b.podAt(t));
        }),
        { numRuns: 30 },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws anything but a PodLabError, and stops',
    () => {
      fc.assert(
        fc.property(scenarioArb, (sc) => {
          const sim = simulate(sc);
          expect(['settled', 'until', 'eventCap']).toContain(sim.stopReason);
          expect(sim.endTime).toBeLessThanOrEqual(sc.until!);
          const times = sim.events.map((e) => e.time);
          expect([...times].sort((x, y) => x - y)).toEqual(times);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
