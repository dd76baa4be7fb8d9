/**
 * The playground's scenario as data: a Pod manifest (YAML) plus a YAML document with behaviours,
 * cluster, timed actions, `until` and feature gates. Data only: a shared link can never carry code
 * (behaviours are objects or lists of objects, never functions).
 */
import { parseDocument, isMap, type YAMLError } from 'yaml';
import type { Scenario } from '../lifecycle/types';

export interface PlaygroundState {
  pod: string;
  scenario: string;
}

export interface PlaygroundProblem {
  /** Which text the problem is in. */
  source: 'pod' | 'scenario';
  message: string;
  line?: number;
  column?: number;
  /** Every field problem at once (validation). */
  errors?: ScenarioFieldProblem[];
  /** What went wrong in the scenario, for a message in the reader's language (`message` is the English one). */
  code?: ScenarioProblemCode;
  params?: Record<string, string | number>;
  /** PodLabError kind (yaml, schema, invalid, forbidden, scenario): picks the translated lead-in shown before the message. */
  kind?: string;
}

/**
 * The scenario's own checks (not the API server's): each has a code, so the playground can show it in the
 * page's language; `message` is the English text, for tests and logs.
 */
export const SCENARIO_MESSAGES = {
  notMapping: 'the scenario must be a YAML mapping (behavior, cluster, actions, until, featureGates)',
  unknownField: 'unknown field (expected one of {expected})',
  behaviorMap: 'must map container names to behaviours',
  behaviorFields: 'must be a mapping of behaviour fields',
  unknownBehaviorField: 'unknown behaviour field',
  boolean: 'must be true or false',
  number: 'must be a number (.inf for never)',
  list: 'must be a list',
  mapping: 'must be a mapping',
  seconds: 'must be a number of seconds ≥ 0',
  oneOf: 'must be one of {values}',
  positiveSeconds: 'must be a number of seconds > 0',
  count: '{count} problem(s) in the scenario',
} as const;
export type ScenarioProblemCode = keyof typeof SCENARIO_MESSAGES;
export interface ScenarioFieldProblem {
  field: string;
  message: string;
  code?: ScenarioProblemCode;
  params?: Record<string, string | number>;
}

function scenarioText(code: ScenarioProblemCode, params: Record<string, string | number> = {}): string {
  return SCENARIO_MESSAGES[code].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
function fieldProblem(
  field: string,
  code: ScenarioProblemCode,
  params?: Record<string, string | number>,
): ScenarioFieldProblem {
  return { field, message: scenarioText(code, params), code, ...(params ? { params } : {}) };
}

const SCENARIO_KEYS = new Set(['behavior', 'cluster', 'actions', 'until', 'featureGates']);
const BEHAVIOR_KEYS = new Set([
  'startupSeconds',
  'exitAfterSeconds',
  'exitCode',
  'unhealthyAfterSeconds',
  'notReadyAfterSeconds',
  'shutdownSeconds',
  'shutdownExitCode',
  'postStartSeconds',
  'postStartFails',
  'preStopSeconds',
  'preStopFails',
  'pullSeconds',
]);
const ACTIONS = new Set(['delete', 'nodeLost', 'nodeReady', 'debug', 'patch', 'replace']);

function yamlProblem(source: PlaygroundProblem['source'], e: YAMLError): PlaygroundProblem {
  const pos = e.linePos?.[0];
  return {
    source,
    message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
    line: pos?.line,
    column: pos?.col,
  };
}

/** Parses and checks the scenario text; returns every field problem found, not just the first. */
export function parseScenarioText(
  text: string,
): { ok: true; value: Omit<Scenario, 'pod'> } | { ok: false; problem: PlaygroundProblem } {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) return { ok: false, problem: yamlProblem('scenario', doc.errors[0]) };
  if (doc.contents === null) return { ok: true, value: {} };
  if (!isMap(doc.contents))
    return {
      ok: false,
      problem: { source: 'scenario', message: scenarioText('notMapping'), code: 'notMapping', line: 1, column: 1 },
    };
  const value = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  const errors: ScenarioFieldProblem[] = [];
  for (const k of Object.keys(value))
    if (!SCENARIO_KEYS.has(k))
      errors.push(fieldProblem(k, 'unknownField', { expected: [...SCENARIO_KEYS].join(', ') }));
  const behavior = value.behavior;
  if (behavior !== undefined) {
    if (typeof behavior !== 'object' || behavior === null || Array.isArray(behavior))
      errors.push(fieldProblem('behavior', 'behaviorMap'));
    else {
      for (const [name, spec] of Object.entries(behavior)) {
        const list = Array.isArray(spec) ? spec : [spec];
        list.forEach((b, i) => {
          const where = Array.isArray(spec) ? `behavior.${name}[${i}]` : `behavior.${name}`;
          if (typeof b !== 'object' || b === null || Array.isArray(b)) {
            errors.push(fieldProblem(where, 'behaviorFields'));
            return;
          }
          for (const [f, v] of Object.entries(b)) {
            if (!BEHAVIOR_KEYS.has(f)) errors.push(fieldProblem(`${where}.${f}`, 'unknownBehaviorField'));
            else if (f.endsWith('Fails') ? typeof v !== 'boolean' : typeof v !== 'number')
              errors.push(fieldProblem(`${where}.${f}`, f.endsWith('Fails') ? 'boolean' : 'number'));
          }
        });
      }
    }
  }
  if (value.actions !== undefined) {
    if (!Array.isArray(value.actions)) errors.push(fieldProblem('actions', 'list'));
    else
      value.actions.forEach((a: unknown, i: number) => {
        const o = a as Record<string, unknown> | null;
        if (!o || typeof o !== 'object') {
          errors.push(fieldProblem(`actions[${i}]`, 'mapping'));
          return;
        }
        if (typeof o.at !== 'number' || !(o.at >= 0)) errors.push(fieldProblem(`actions[${i}].at`, 'seconds'));
        if (typeof o.action !== 'string' || !ACTIONS.has(o.action))
          errors.push(fieldProblem(`actions[${i}].action`, 'oneOf', { values: [...ACTIONS].join(', ') }));
      });
  }
  if (value.until !== undefined && !(typeof value.until === 'number' && value.until > 0))
    errors.push(fieldProblem('until', 'positiveSeconds'));
  if (
    value.cluster !== undefined &&
    (typeof value.cluster !== 'object' || value.cluster === null || Array.isArray(value.cluster))
  )
    errors.push(fieldProblem('cluster', 'mapping'));
  if (value.featureGates !== undefined && (typeof value.featureGates !== 'object' || value.featureGates === null))
    errors.push(fieldProblem('featureGates', 'mapping'));
  if (errors.length)
    return {
      ok: false,
      problem: {
        source: 'scenario',
        message: scenarioText('count', { count: errors.length }),
        code: 'count',
        params: { count: errors.length },
        errors,
      },
    };
  return { ok: true, value: value as Omit<Scenario, 'pod'> };
}

// ---------------------------------------------------------------- share links

const toB64Url = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromB64Url = (s: string) => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** `s=` + base64url(deflate-raw(JSON)) when the browser can compress, else `j=` + base64url(JSON). */
export async function encodeShare(state: PlaygroundState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ v: 1, pod: state.pod, scenario: state.scenario }));
  if (typeof CompressionStream === 'function')
    return `s=${toB64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
  return `j=${toB64Url(json)}`;
}

/** Reads a share hash (with or without `#`); returns null when it is not one, throws on damage. */
export async function decodeShare(hash: string): Promise<PlaygroundState | null> {
  const h = hash.replace(/^#/, '');
  const m = /^(s|j)=([A-Za-z0-9_-]+)$/.exec(h);
  if (!m) return null;
  const raw = fromB64Url(m[2]);
  const bytes = m[1] === 's' ? await pipe(raw, new DecompressionStream('deflate-raw')) : raw;
  const data = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  const o = data as { v?: unknown; pod?: unknown; scenario?: unknown };
  if (!o || o.v !== 1 || typeof o.pod !== 'string' || typeof o.scenario !== 'string')
    throw new Error('not a PodLab playground link');
  if (o.pod.length > 100_000 || o.scenario.length > 100_000) throw new Error('the shared scenario is too large');
  return { pod: o.pod, scenario: o.scenario };
}

// ---------------------------------------------------------------- presets

export interface Preset {
  id: string;
  pod: string;
  scenario: string;
}

export const PRESETS: Preset[] = [
  {
    id: 'crashloop',
    pod: `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
`,
    scenario: `# The process exits with code 1 five seconds after each start.
behavior:
  app:
    exitAfterSeconds: 5
    exitCode: 1
until: 300
`,
  },
  {
    id: 'image-pull-secret',
    pod: `apiVersion: v1
kind: Pod
metadata:
  name: private-app
spec:
  imagePullSecrets:
  - name: regcred
  containers:
  - name: app
    image: registry.example.com/team/app:1.4.2
`,
    scenario: `# The image needs the secret regcred, which was never created in the namespace.
cluster:
  privateImages:
    registry.example.com/team/app:1.4.2: [regcred]
  secrets: []
until: 180
`,
  },
  {
    id: 'liveness-slow-start',
    pod: `apiVersion: v1
kind: Pod
metadata:
  name: slow-start
spec:
  containers:
  - name: app
    image: nginx:1.27
    livenessProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 10
      failureThreshold: 3
`,
    scenario: `# The application needs 60 s before it answers: liveness kills it first.
behavior:
  app:
    startupSeconds: 60
until: 300
`,
  },
  {
    id: 'startup-probe',
    pod: `apiVersion: v1
kind: Pod
metadata:
  name: slow-start
spec:
  containers:
  - name: app
    image: nginx:1.27
    startupProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 5
      failureThreshold: 30
    livenessProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 10
      failureThreshold: 3
`,
    scenario: `# Same slow start; the startup probe allows up to 30 x 5 s before liveness takes over.
behavior:
  app:
    startupSeconds: 60
until: 180
`,
  },
  {
    id: 'graceful-shutdown',
    pod: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  terminationGracePeriodSeconds: 30
  containers:
  - name: app
    image: nginx:1.27
`,
    scenario: `# kubectl delete at t=20 s; the process exits 3 s after SIGTERM.
behavior:
  app:
    shutdownSeconds: 3
actions:
- at: 20
  action: delete
until: 90
`,
  },
  {
    id: 'sigkill-shutdown',
    pod: `apiVersion: v1
kind: Pod
metadata:
  name: stubborn
spec:
  terminationGracePeriodSeconds: 30
  containers:
  - name: app
    image: nginx:1.27
`,
    scenario: `# The process ignores SIGTERM: SIGKILL at the end of the 30 s grace period.
behavior:
  app:
    shutdownSeconds: .inf
actions:
- at: 20
  action: delete
until: 90
`,
  },
  {
    id: 'init-failure',
    pod: `apiVersion: v1
kind: Pod
metadata:
  name: migrate
spec:
  initContainers:
  - name: migrate
    image: busybox:1.36
  containers:
  - name: app
    image: nginx:1.27
`,
    scenario: `# The init container fails (exit 1) every time: the app container never starts.
behavior:
  migrate:
    exitAfterSeconds: 3
    exitCode: 1
until: 240
`,
  },
  {
    id: 'sidecar-ordering',
    pod: `apiVersion: v1
kind: Pod
metadata:
  name: with-sidecar
spec:
  terminationGracePeriodSeconds: 30
  initContainers:
  - name: log-shipper
    image: fluent/fluent-bit:3.1
    restartPolicy: Always
    startupProbe:
      exec:
        command: ["cat", "/tmp/ready"]
      periodSeconds: 2
  containers:
  - name: app
    image: nginx:1.27
`,
    scenario: `# The sidecar needs 5 s to pass its startup probe; app starts only after it.
# On delete, app stops first, then the sidecar.
behavior:
  log-shipper:
    startupSeconds: 5
    shutdownSeconds: 2
  app:
    shutdownSeconds: 4
actions:
- at: 30
  action: delete
until: 90
`,
  },
];
