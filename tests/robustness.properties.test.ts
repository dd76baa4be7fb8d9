/**
 * Hostile input at both entry points (issue 15): arbitrary scenarios, YAML, objects and actions. Whatever
 * comes in, `simulate` and `simulateCluster` return, or throw a `PodLabError` whose every field is named;
 * within a step budget (the arbitraries are bounded, and `maxSteps` caps the rest); and never change
 * their input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, isPodLabError } from '../src/lifecycle';
import { simulateCluster } from '../src/cluster';

/** Numbers an attacker (or a typo) would try. */
const weirdNumber = fc.oneof(
  fc.integer({ min: -5, max: 400 }),
  fc.constantFrom(0, -1, 0.5, 1.5, NaN, Infinity, -Infinity, 1e9, 2 ** 31, Number.MAX_SAFE_INTEGER),
  fc.double({ noDefaultInfinity: false }),
);
const weirdValue = fc.oneof(
  weirdNumber,
  fc.string({ maxLength: 8 }),
  fc.constantFrom(null, true, false, '', 'app', '25%', '-1'),
  fc.constant(undefined),
);
/** Mostly absent (the defaults), sometimes hostile. */
const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 14 }, { arbitrary: arb, weight: 1 });
/** A small arbitrary JSON-ish value (bounded depth and size). */
const anyValue = fc.anything({
  maxDepth: 3,
  maxKeys: 4,
  withBigInt: false,
  withMap: false,
  withSet: false,
  withTypedArray: false,
  withDate: false,
  withObjectString: false,
  withBoxedValues: false,
  withSparseArray: false,
});

const NAMES = ['app', 'web', 'side', 'Web_1', 'a'.repeat(70), ''];
const name = fc.oneof(
  { arbitrary: fc.constant('app'), weight: 14 },
  { arbitrary: fc.constantFrom(...NAMES), weight: 1 },
);

const probe = fc.record(
  {
    tcpSocket: fc.oneof(fc.constant({ port: 80 }), anyValue),
    periodSeconds: rarely(weirdValue),
    timeoutSeconds: rarely(weirdValue),
    failureThreshold: rarely(weirdValue),
    initialDelaySeconds: rarely(weirdValue),
  },
  { requiredKeys: ['tcpSocket'] },
);

const container = fc.record(
  {
    name,
    image: fc.oneof(
      { arbitrary: fc.constantFrom('nginx:1.27', 'busybox:1.36'), weight: 14 },
      { arbitrary: fc.oneof(fc.constantFrom('', 'UPPER', 'nginx:'), fc.string({ maxLength: 6 })), weight: 1 },
    ),
    imagePullPolicy: fc.constantFrom('Always', 'IfNotPresent', 'Never', 'Sometimes', undefined),
    readinessProbe: rarely(probe),
    livenessProbe: rarely(probe),
    restartPolicy: rarely(fc.constantFrom('Always', 'Never')),
    unknownField: rarely(fc.constant(1)),
  },
  { requiredKeys: ['name', 'image'] },
);

const podSpec = fc.record(
  {
    containers: fc.oneof(
      { arbitrary: fc.array(container, { minLength: 1, maxLength: 2 }), weight: 14 },
      { arbitrary: anyValue, weight: 1 },
    ),
    initContainers: rarely(fc.array(container, { maxLength: 2 })),
    restartPolicy: rarely(fc.constantFrom('Always', 'OnFailure', 'Never', 'Sometimes')),
    terminationGracePeriodSeconds: rarely(weirdValue),
    activeDeadlineSeconds: rarely(weirdValue),
    tolerations: rarely(
      fc.array(
        fc.record(
          {
            key: fc.constantFrom('node.kubernetes.io/unreachable', '', 'x'),
            operator: fc.constantFrom('Exists', 'Equal', 'Gt', undefined),
            effect: fc.constantFrom('NoExecute', 'NoSchedule', '', undefined),
            tolerationSeconds: rarely(weirdValue),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
    nodeName: rarely(fc.constantFrom('node-1', 'nowhere')),
  },
  { requiredKeys: ['containers'] },
);

const meta = fc.record(
  {
    name: fc.oneof({ arbitrary: fc.constant('web'), weight: 14 }, { arbitrary: fc.constantFrom(...NAMES), weight: 1 }),
    labels: fc.oneof(
      { arbitrary: fc.constant({ app: 'web' }), weight: 14 },
      { arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }), weight: 1 },
    ),
    annotations: rarely(fc.constant({ a: 'b' })),
  },
  { requiredKeys: ['name', 'labels'] },
);
const podObject = fc.record(
  {
    apiVersion: rarely(fc.constantFrom('v1', 'v2')),
    kind: fc.oneof({ arbitrary: fc.constant('Pod'), weight: 8 }, { arbitrary: fc.constant('Service'), weight: 1 }),
    metadata: meta,
    spec: podSpec,
  },
  { requiredKeys: ['kind', 'spec'] },
);

const controller = fc.record(
  {
    apiVersion: fc.oneof({ arbitrary: fc.constant('apps/v1'), weight: 8 }, { arbitrary: fc.constant('v1'), weight: 1 }),
    kind: fc.constantFrom('Deployment', 'ReplicaSet', 'StatefulSet'),
    metadata: meta,
    spec: fc.record(
      {
        replicas: fc.oneof(
          { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 14 },
          { arbitrary: weirdValue, weight: 1 },
        ),
        selector: fc.oneof(
          { arbitrary: fc.constant({ matchLabels: { app: 'web' } }), weight: 14 },
          { arbitrary: anyValue, weight: 1 },
        ),
        template: fc.oneof(
          {
            arbitrary: fc.record({
              metadata: fc.constant({ labels: { app: 'web' } }),
              spec: podSpec.map((s) => ({ ...s, restartPolicy: undefined })),
            }),
            weight: 14,
          },
          { arbitrary: anyValue, weight: 1 },
        ),
        minReadySeconds: rarely(weirdValue),
        revisionHistoryLimit: rarely(weirdValue),
        strategy: rarely(
          fc.record(
            {
              type: fc.constantFrom('RollingUpdate', 'Recreate', 'Other'),
              rollingUpdate: fc.record({ maxSurge: weirdValue, maxUnavailable: weirdValue }, { requiredKeys: [] }),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: ['replicas', 'selector', 'template'] },
    ),
  },
  { requiredKeys: ['kind', 'metadata', 'spec'] },
);
const pdb = fc.record({
  apiVersion: fc.constant('policy/v1'),
  kind: fc.constant('PodDisruptionBudget'),
  metadata: meta,
  spec: fc.record(
    {
      minAvailable: rarely(weirdValue),
      maxUnavailable: rarely(weirdValue),
      selector: fc.oneof(fc.constant({ matchLabels: { app: 'web' } }), anyValue),
    },
    { requiredKeys: [] },
  ),
});
const clusterObject = fc.oneof(
  { arbitrary: podObject, weight: 3 },
  { arbitrary: controller, weight: 4 },
  { arbitrary: pdb, weight: 1 },
  { arbitrary: anyValue, weight: 1 },
);

/** YAML text: printable noise, small documents, anchors and aliases. */
const yamlText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    '',
    '---\n---\n',
    'a: [',
    'kind: Pod\nkind: Pod\n',
    'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - {name: app, image: nginx:1.27, readinessProbe: {tcpSocket: {port: 80}, periodSeconds: -1}}\n',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: &c\n  - {name: app, image: nginx:1.27}\n  initContainers: *c\n',
    '- 1\n- 2\n',
    '!!binary aGVsbG8=',
    'x: !!js/function "() => 1"\n',
  ),
);

const at = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 400 }), weight: 8 }, { arbitrary: weirdNumber, weight: 1 });
const target = fc.constantFrom('web', 'api', 'nope', 'web-', '', 'node-1', 'node-9');
const clusterAction = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        at,
        action: fc.constantFrom(
          'setImage',
          'patch',
          'scale',
          'rollback',
          'evict',
          'drain',
          'cordon',
          'uncordon',
          'delete',
          'forceDelete',
          'nodeLost',
          'nodeReady',
          'apply',
          'explode',
        ),
        target,
        pod: target,
        node: target,
        image: fc.constantFrom('nginx:1.28', 'nginx:1.28', 'nginx:1.28', ''),
        replicas: weirdValue,
        toRevision: weirdValue,
        gracePeriodSeconds: weirdValue,
        force: fc.boolean(),
        patch: fc.oneof(
          anyValue,
          fc.constant({ spec: { replicas: 2 } }),
          fc.constant({
            spec: {
              template: {
                spec: {
                  containers: [
                    { name: 'app', image: 'nginx:1.28' },
                    { name: 'app', image: 'x' },
                  ],
                },
              },
            },
          }),
          fc.constant('{bad json'),
        ),
        objects: fc.oneof(yamlText, clusterObject),
      },
      { requiredKeys: ['at', 'action'] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);
const podAction = fc.oneof(
  fc.record(
    {
      at,
      action: fc.constantFrom('delete', 'nodeLost', 'nodeReady', 'debug', 'patch', 'replace', 'explode'),
      gracePeriodSeconds: rarely(weirdValue),
      patch: fc.oneof(fc.constant({ spec: { activeDeadlineSeconds: 30 } }), anyValue),
      pod: rarely(anyValue),
      container: fc.oneof(fc.constant({ name: 'dbg', image: 'busybox:1.36' }), anyValue),
    },
    { requiredKeys: ['at', 'action'] },
  ),
  anyValue,
);
const behavior = fc.oneof(
  {
    arbitrary: fc.dictionary(
      fc.constantFrom('app', 'web', 'side'),
      fc.record(
        {
          exitAfterSeconds: fc.oneof(fc.integer({ min: 1, max: 100 }), weirdValue),
          exitCode: fc.oneof(fc.constantFrom(0, 1), weirdValue),
          startupSeconds: rarely(weirdValue),
        },
        { requiredKeys: [] },
      ),
      { maxKeys: 2 },
    ),
    weight: 14,
  },
  { arbitrary: anyValue, weight: 1 },
);

/** The run returned, or threw a PodLabError naming every field. */
const tally = { returned: 0, refused: 0 };
const refusedBy = new Map<string, number>();
function outcome(run: () => unknown): 'returned' | 'refused' {
  try {
    run();
    tally.returned++;
    return 'returned';
  } catch (e) {
    if (!isPodLabError(e))
      throw new Error(`not a PodLabError: ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e)}`, {
        cause: e,
      });
    expect(e.errors.length).toBeGreaterThan(0);
    for (const x of e.errors)
      expect(typeof x.field === 'string' && x.field.length > 0, `empty field in ${JSON.stringify(e.errors)}`).toBe(
        true,
      );
    // The entry points wrap an unexpected exception (a bug of the model) as "the simulation failed...": none may be left.
    expect(e.message).not.toMatch(/^the simulation failed/);
    tally.refused++;
    const key = e.errors[0].field.replace(/\[\d+\]/g, '[]');
    refusedBy.set(key, (refusedBy.get(key) ?? 0) + 1);
    return 'refused';
  }
}

/** A copy to compare the input with afterwards (functions are not generated). */
const snapshot = <T>(v: T): T => structuredClone(v);

describe('simulate: hostile input', () => {
  it('returns or throws a PodLabError with a field, and leaves its input alone', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            pod: fc.oneof(
              { arbitrary: podObject, weight: 14 },
              { arbitrary: yamlText, weight: 1 },
              { arbitrary: anyValue, weight: 1 },
            ),
            behavior,
            actions: fc.oneof(
              { arbitrary: fc.array(podAction, { maxLength: 4 }), weight: 14 },
              { arbitrary: anyValue, weight: 1 },
            ),
            until: fc.oneof(
              { arbitrary: fc.integer({ min: 0, max: 3600 }), weight: 14 },
              { arbitrary: weirdValue, weight: 1 },
            ),
            cluster: rarely(
              fc.oneof(
                fc.record(
                  { imagesOnNode: fc.constant(['nginx:1.27']), scheduleAfterSeconds: rarely(weirdValue) },
                  { requiredKeys: [] },
                ),
                anyValue,
              ),
            ),
          },
          { requiredKeys: [] },
        ),
        rarely(
          fc.record({ maxSteps: fc.oneof(fc.integer({ min: 1, max: 20_000 }), weirdValue) }, { requiredKeys: [] }),
        ),
        (scenario, options) => {
          const before = snapshot({ scenario, options });
          // A run never takes more than 20 000 steps: the option, or a cap for the generated ones.
          const opts =
            options && typeof options.maxSteps === 'number' && options.maxSteps > 20_000
              ? { maxSteps: 20_000 }
              : options;
          outcome(() => simulate(scenario as never, opts as never));
          expect({ scenario, options }).toEqual(before);
        },
      ),
      { numRuns: 600, seed: Number(process.env.PROPERTY_SEED ?? 15) },
    );
  }, 120_000);
});

describe('simulateCluster: hostile input', () => {
  it('returns or throws a PodLabError with a field, and leaves its input alone', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            objects: fc.oneof(clusterObject, fc.array(clusterObject, { maxLength: 3 }), yamlText),
            nodes: rarely(
              fc.oneof(
                fc.record(
                  {
                    count: rarely(weirdValue),
                    names: rarely(fc.oneof(fc.constant(['node-1', 'node-2']), anyValue)),
                    maxPods: rarely(weirdValue),
                    imagesOnNode: rarely(fc.oneof(fc.constant(['nginx:1.27']), anyValue)),
                  },
                  { requiredKeys: [] },
                ),
                anyValue,
              ),
            ),
            behavior,
            behaviors: rarely(
              fc.oneof(
                fc.array(
                  fc.record(
                    { owner: target, behavior: fc.record({ exitAfterSeconds: weirdValue }, { requiredKeys: [] }) },
                    { requiredKeys: [] },
                  ),
                  { maxLength: 2 },
                ),
                anyValue,
              ),
            ),
            actions: fc.oneof(
              { arbitrary: fc.array(clusterAction, { maxLength: 4 }), weight: 14 },
              { arbitrary: anyValue, weight: 1 },
            ),
            until: fc.oneof(
              { arbitrary: fc.integer({ min: 0, max: 1200 }), weight: 14 },
              { arbitrary: weirdValue, weight: 1 },
            ),
            nodeMonitorGracePeriodSeconds: rarely(weirdValue),
            seed: rarely(weirdValue),
          },
          { requiredKeys: ['objects'] },
        ),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ maxSteps: fc.oneof(fc.integer({ min: 1, max: 20_000 }), weirdValue) }, { requiredKeys: [] }),
        ),
        (scenario, options) => {
          const before = snapshot({ scenario, options });
          const opts =
            !options || typeof options.maxSteps !== 'number' || options.maxSteps > 20_000
              ? {
                  ...(options ?? {}),
                  maxSteps: options && typeof options.maxSteps !== 'number' ? options.maxSteps : 20_000,
                }
              : options;
          outcome(() => simulateCluster(scenario as never, opts as never));
          expect({ scenario, options }).toEqual(before);
        },
      ),
      { numRuns: 600, seed: Number(process.env.PROPERTY_SEED ?? 15) },
    );
  }, 180_000);

  it('valid scenarios from the same generators keep running to the end (not everything is refused)', () => {
    let returned = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 300 }),
            action: fc.constantFrom('scale', 'setImage', 'nodeLost', 'nodeReady', 'evict', 'rollback'),
            target: fc.constant('web'),
            node: fc.constant('node-1'),
            pod: fc.constant('web-'),
            image: fc.constant('nginx:1.28'),
            replicas: fc.integer({ min: 0, max: 5 }),
          }),
          { maxLength: 4 },
        ),
        (replicas, actions) => {
          const objects = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - {name: app, image: nginx:1.27}\n`;
          if (
            outcome(() => simulateCluster({ objects, actions: actions as never, until: 600 }, { maxSteps: 20_000 })) ===
            'returned'
          )
            returned++;
        },
      ),
      { numRuns: 40, seed: 15 },
    );
    expect(returned).toBeGreaterThan(20);
  }, 120_000);
});

describe('the generators', () => {
  it('reach the simulation, not only the checks', () => {
    // Filled by the properties above (same file, run in order).
    expect(tally.returned).toBeGreaterThan(50);
  });
});
