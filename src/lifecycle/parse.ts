/**
 * Reading a Pod manifest: YAML text or an object, checked against a small hand-written schema of the
 * `core/v1` Pod, then returned as a `Pod`.
 *
 * kubectl sends YAML to the API server as JSON; the server decodes it strictly (field validation `Strict`,
 * the default since 1.27), rejecting unknown fields (`strict decoding error: unknown field "spec.x"`) and
 * values of the wrong JSON type. This module does the same on the subset of fields PodLab knows, and accepts
 * (without checking their inside) the real v1 fields it does not model, so that a manifest valid on a
 * cluster is not refused here for an unknown field.
 */
import { parseAllDocuments, LineCounter, isMap, isPair, isScalar, type Document, type Node as YamlNode } from 'yaml';
import { PodLabError, isPodLabError } from './errors';
import { parseQuantityValue } from './quantity';
import type { FieldError, Pod } from './types';

// ---------------------------------------------------------------- schema

/** A schema node: a JSON type, an object with known fields, a list, a string map, or int-or-string. */
type Schema =
  | 'string'
  | 'int'
  | 'number'
  | 'boolean'
  | 'any'
  | 'intOrString'
  | 'timestamp'
  | 'quantity'
  | { obj: Record<string, Schema>; passthrough?: readonly string[] }
  | { arr: Schema }
  | { map: Schema };

const strings: Schema = { arr: 'string' };
const exec: Schema = { obj: { command: strings } };
const httpGet: Schema = {
  obj: {
    path: 'string',
    port: 'intOrString',
    host: 'string',
    scheme: 'string',
    httpHeaders: { arr: { obj: { name: 'string', value: 'string' } } },
  },
};
const tcpSocket: Schema = { obj: { port: 'intOrString', host: 'string' } };
const grpc: Schema = { obj: { port: 'int', service: 'string' } };
const probe: Schema = {
  obj: {
    exec,
    httpGet,
    tcpSocket,
    grpc,
    initialDelaySeconds: 'int',
    timeoutSeconds: 'int',
    periodSeconds: 'int',
    successThreshold: 'int',
    failureThreshold: 'int',
    terminationGracePeriodSeconds: 'int',
  },
};
const handler: Schema = { obj: { exec, httpGet, tcpSocket, sleep: { obj: { seconds: 'int' } } } };
const restartRule: Schema = {
  obj: { action: 'string', exitCodes: { obj: { operator: 'string', values: { arr: 'int' } } } },
};
const containerFields: Record<string, Schema> = {
  name: 'string',
  image: 'string',
  imagePullPolicy: 'string',
  command: strings,
  args: strings,
  workingDir: 'string',
  ports: {
    arr: { obj: { containerPort: 'int', name: 'string', protocol: 'string', hostPort: 'int', hostIP: 'string' } },
  },
  env: { arr: { obj: { name: 'string', value: 'string' }, passthrough: ['valueFrom'] } as Schema },
  resources: { obj: { limits: { map: 'quantity' }, requests: { map: 'quantity' } }, passthrough: ['claims'] },
  restartPolicy: 'string',
  restartPolicyRules: { arr: restartRule },
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: { obj: { postStart: handler, preStop: handler, stopSignal: 'string' } },
  terminationMessagePath: 'string',
  terminationMessagePolicy: 'string',
  volumeMounts: {
    arr: {
      obj: { name: 'string', mountPath: 'string', readOnly: 'boolean', subPath: 'string' },
      passthrough: ['subPathExpr', 'mountPropagation', 'recursiveReadOnly'],
    },
  },
};
/** Real v1 Container fields PodLab does not model: accepted as they are. */
const containerPassthrough = [
  'envFrom',
  'resizePolicy',
  'securityContext',
  'stdin',
  'stdinOnce',
  'tty',
  'volumeDevices',
] as const;
const container: Schema = { obj: containerFields, passthrough: containerPassthrough };
const ephemeralContainer: Schema = {
  obj: { ...containerFields, targetContainerName: 'string' },
  passthrough: containerPassthrough,
};

const podSpec: Schema = {
  obj: {
    containers: { arr: container },
    initContainers: { arr: container },
    ephemeralContainers: { arr: ephemeralContainer },
    restartPolicy: 'string',
    terminationGracePeriodSeconds: 'int',
    activeDeadlineSeconds: 'int',
    dnsPolicy: 'string',
    schedulerName: 'string',
    nodeName: 'string',
    runtimeClassName: 'string',
    imagePullSecrets: { arr: { obj: { name: 'string' } } },
    tolerations: {
      arr: { obj: { key: 'string', operator: 'string', value: 'string', effect: 'string', tolerationSeconds: 'int' } },
    },
    volumes: { arr: { obj: { name: 'string' }, passthrough: ['*'] } },
    readinessGates: { arr: { obj: { conditionType: 'string' } } },
    securityContext: 'any',
    serviceAccountName: 'string',
    enableServiceLinks: 'boolean',
  },
  // Real v1 PodSpec fields (1.35) that PodLab accepts but does not model.
  passthrough: [
    'affinity',
    'automountServiceAccountToken',
    'dnsConfig',
    'hostAliases',
    'hostIPC',
    'hostNetwork',
    'hostPID',
    'hostUsers',
    'hostname',
    'hostnameOverride',
    'nodeSelector',
    'os',
    'overhead',
    'preemptionPolicy',
    'priority',
    'priorityClassName',
    'resourceClaims',
    'resources',
    'schedulingGates',
    'serviceAccount',
    'setHostnameAsFQDN',
    'shareProcessNamespace',
    'subdomain',
    'topologySpreadConstraints',
    'workloadRef',
  ],
};

const objectMeta: Schema = {
  obj: {
    name: 'string',
    generateName: 'string',
    namespace: 'string',
    uid: 'string',
    labels: { map: 'string' },
    annotations: { map: 'string' },
    creationTimestamp: 'timestamp',
    deletionTimestamp: 'timestamp',
    deletionGracePeriodSeconds: 'int',
    ownerReferences: {
      arr: {
        obj: { apiVersion: 'string', kind: 'string', name: 'string', uid: 'string', controller: 'boolean' },
        passthrough: ['blockOwnerDeletion'],
      },
    },
  },
  passthrough: ['finalizers', 'resourceVersion', 'generation', 'managedFields', 'selfLink'],
};

const podSchema: Schema = {
  obj: { apiVersion: 'string', kind: 'string', metadata: objectMeta, spec: podSpec, status: 'any' },
};

// ---------------------------------------------------------------- checking

type Path = (string | number)[];

/** `spec.containers[0].ports[0]` from a path. */
export function formatPath(path: Path): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

interface Problem {
  path: Path;
  message: string;
  unknown?: boolean;
  bare?: boolean;
}

/** Checks `value` against `schema`, returns a cleaned copy (nulls dropped, as Go's decoder leaves them unset). */
function check(value: unknown, schema: Schema, path: Path, problems: Problem[]): unknown {
  const mismatch = (want: string) => {
    problems.push({ path, message: `expected ${want}, got ${jsonType(value)}` });
    return undefined;
  };
  if (typeof schema === 'string') {
    switch (schema) {
      case 'any':
        return value;
      case 'string':
        return typeof value === 'string' ? value : mismatch('string');
      case 'boolean':
        return typeof value === 'boolean' ? value : mismatch('boolean');
      case 'number':
        return typeof value === 'number' ? value : mismatch('number');
      case 'int':
        if (typeof value !== 'number') return mismatch('number');
        if (!Number.isInteger(value)) {
          problems.push({ path, message: `expected integer, got ${value}` });
          return undefined;
        }
        return value;
      case 'intOrString':
        if (typeof value === 'string') return value;
        if (typeof value === 'number' && Number.isInteger(value)) return value;
        return mismatch('integer or string');
      case 'quantity':
        // resource.Quantity's UnmarshalJSON: a string or a JSON number, then ParseQuantity (./quantity.ts).
        if (typeof value !== 'string' && typeof value !== 'number') return mismatch('string');
        try {
          parseQuantityValue(value, formatPath(path));
          return value;
        } catch (e) {
          // The server's decode error names no field: `...cannot be handled as a Pod: quantities must match ...`.
          problems.push({
            path,
            message: isPodLabError(e) ? (e.errors[0]?.message ?? e.message) : String(e),
            bare: true,
          });
          return undefined;
        }
      case 'timestamp':
        // Virtual seconds in PodLab; an RFC 3339 string from a real cluster is ignored, as the server sets it.
        if (typeof value === 'number') return value;
        if (typeof value === 'string') return undefined;
        return mismatch('number');
    }
  }
  if ('arr' in schema) {
    if (!Array.isArray(value)) return mismatch('array');
    return value.map((v, i) => (v === null ? v : check(v, schema.arr, [...path, i], problems)));
  }
  if ('map' in schema) {
    if (jsonType(value) !== 'object') return mismatch('object');
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === null) continue;
      const c = check(v, schema.map, [...path, k], problems);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  if (jsonType(value) !== 'object') return mismatch('object');
  const out: Record<string, unknown> = {};
  const pass = schema.passthrough ?? [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined) continue;
    const sub = schema.obj[k];
    if (sub !== undefined) {
      const c = check(v, sub, [...path, k], problems);
      if (c !== undefined) out[k] = c;
    } else if (pass.includes(k) || pass.includes('*')) {
      out[k] = v;
    } else {
      problems.push({
        path: [...path, k],
        message: `unknown field ${JSON.stringify(formatPath([...path, k]))}`,
        unknown: true,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- YAML

function yamlOptions() {
  return {
    // kubectl reads YAML with go-yaml (YAML 1.1: `on`/`yes` are booleans, `0644` is octal), but keeps timestamps as strings.
    version: '1.1' as const,
    customTags: (tags: import('yaml').Tags) =>
      tags.filter((t) => (typeof t === 'string' ? t !== 'timestamp' : t.tag !== 'tag:yaml.org,2002:timestamp')),
    uniqueKeys: true,
    prettyErrors: false,
  };
}

/** Line and column (1-based) of the YAML node at `path`, or of its key for an unknown field. */
function locate(
  doc: Document,
  lc: LineCounter,
  path: Path,
  atKey: boolean,
): { line: number; column: number } | undefined {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) return undefined;
      keyNode = pair.key;
      node = pair.value;
    } else if (
      node &&
      typeof node === 'object' &&
      'items' in node &&
      Array.isArray((node as { items: unknown[] }).items)
    ) {
      node = (node as { items: unknown[] }).items[seg as number];
      keyNode = undefined;
    } else return undefined;
  }
  const target = (atKey && keyNode ? keyNode : node) as YamlNode | undefined;
  const offset = target?.range?.[0];
  if (offset === undefined) return undefined;
  const pos = lc.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/**
 * Parses one YAML document to a plain value, as kubectl would read it.
 * Throws `PodLabError` kind `yaml` with the `yaml` library's message and a 1-based line and column
 * for a syntax error, a duplicate key, or more than one document.
 */
export function parseYamlObject(text: string): unknown {
  return parseYaml(text).value;
}

function parseYaml(text: string): { value: unknown; doc?: Document; lc: LineCounter } {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { ...yamlOptions(), lineCounter: lc });
  if (!Array.isArray(docs)) {
    // An empty stream (only comments or blanks).
    return { value: null, lc };
  }
  for (const d of docs) {
    const err = d.errors[0];
    if (err) {
      const pos = err.linePos?.[0] ?? lc.linePos(err.pos[0]);
      const where = { line: pos.line, column: pos.col };
      throw new PodLabError(
        'yaml',
        `error converting YAML to JSON: yaml: line ${where.line}: ${err.message}`,
        [{ field: '', message: err.message }],
        where,
      );
    }
  }
  if (docs.length > 1) {
    const start = docs[1].range?.[0] ?? 0;
    const pos = lc.linePos(start);
    throw new PodLabError(
      'yaml',
      `expected one Pod, found ${docs.length} YAML documents (a second document starts at line ${pos.line})`,
      [{ field: '', message: 'more than one YAML document' }],
      { line: pos.line, column: pos.col },
    );
  }
  const doc = docs[0];
  return { value: doc ? yamlToJS(doc, lc) : null, doc, lc };
}

/**
 * `doc.toJS` with at most 100 alias expansions: the `yaml` library throws a plain `ReferenceError` for more
 * (an alias bomb, "billion laughs"), reported here as a `yaml` error at the document's first line.
 */
export function yamlToJS(doc: Document, lc: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const pos = lc.linePos(doc.range?.[0] ?? 0);
    const msg = e instanceof Error ? e.message : String(e);
    throw new PodLabError(
      'yaml',
      `error converting YAML to JSON: yaml: line ${pos.line}: ${msg}`,
      [{ field: '', message: msg }],
      { line: pos.line, column: pos.col },
    );
  }
}

// ---------------------------------------------------------------- parsePod

/**
 * Reads a Pod from YAML text or an object, as `kubectl apply -f` and the API server's strict decoding would.
 *
 * - YAML syntax error → `PodLabError` kind `yaml` (message from the `yaml` library, 1-based `line` / `column`).
 * - Wrong JSON type or unknown field → kind `schema`, one `FieldError` per problem, e.g.
 *   `spec.containers[0].ports[0].containerPort: expected number, got string` and
 *   `unknown field "spec.containers[0].imagePolicy"` (the server's `strict decoding error` wording);
 *   `line` / `column` point at the first problem when the input was YAML.
 * - `kind` other than `Pod` or `apiVersion` other than `v1` (when given) → kind `schema`.
 *
 * Returns a new object (missing `metadata` / `spec.containers` become empty, so that validation can name them);
 * defaults are not applied here (see `applyDefaults`).
 */
export function parsePod(input: Pod | string): Pod {
  let raw: unknown;
  let doc: Document | undefined;
  let lc: LineCounter | undefined;
  if (typeof input === 'string') {
    const r = parseYaml(input);
    raw = r.value;
    doc = r.doc;
    lc = r.lc;
  } else {
    raw = input;
  }
  if (raw === null || raw === undefined) {
    throw new PodLabError('schema', 'no Pod found: the input is empty', [
      { field: '', message: 'Required value: a Pod manifest' },
    ]);
  }
  if (jsonType(raw) !== 'object') {
    throw new PodLabError(
      'schema',
      `expected a Pod object, got ${jsonType(raw)}`,
      [{ field: '', message: `expected object, got ${jsonType(raw)}` }],
      { line: 1, column: 1 },
    );
  }
  const obj = raw as Record<string, unknown>;
  const where = (path: Path, atKey = false) => (doc && lc ? locate(doc, lc, path, atKey) : undefined);
  if (obj.kind !== undefined && obj.kind !== 'Pod') {
    const kind = typeof obj.kind === 'string' ? obj.kind : String(obj.kind);
    throw new PodLabError(
      'schema',
      `kind ${JSON.stringify(kind)} is not a Pod: PodLab only runs Pods (kind: Pod, apiVersion: v1)`,
      [{ field: 'kind', message: `Unsupported value: ${JSON.stringify(kind)}: supported values: "Pod"` }],
      where(['kind']),
    );
  }
  if (obj.apiVersion !== undefined && obj.apiVersion !== 'v1') {
    const v = String(obj.apiVersion);
    throw new PodLabError(
      'schema',
      `no matches for kind "Pod" in version ${JSON.stringify(v)}`,
      [{ field: 'apiVersion', message: `Unsupported value: ${JSON.stringify(v)}: supported values: "v1"` }],
      where(['apiVersion']),
    );
  }
  const problems: Problem[] = [];
  const clean = check(obj, podSchema, [], problems) as Record<string, unknown>;
  if (problems.length > 0) {
    const errors: FieldError[] = problems.map((p) => ({ field: formatPath(p.path), message: p.message }));
    const unknown = problems.filter((p) => p.unknown);
    const typed = problems.filter((p) => !p.unknown);
    const parts: string[] = [];
    if (typed.length)
      parts.push(typed.map((p) => (p.bare ? p.message : `${formatPath(p.path)}: ${p.message}`)).join(', '));
    if (unknown.length) parts.push(`strict decoding error: ${unknown.map((p) => p.message).join(', ')}`);
    const first = problems[0];
    throw new PodLabError(
      'schema',
      `Pod in version "v1" cannot be handled as a Pod: ${parts.join('; ')}`,
      errors,
      where(first.path, first.unknown),
    );
  }
  const pod = clean as unknown as Pod;
  pod.metadata ??= {};
  pod.spec ??= { containers: [] };
  pod.spec.containers ??= [];
  return pod;
}
