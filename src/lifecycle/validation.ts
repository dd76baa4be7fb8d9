/**
 * What the API server refuses: Pod validation on create and on update, every problem at once.
 *
 * Follows `pkg/apis/core/validation/validation.go` (`ValidatePodCreate`, `validatePodMetadataAndSpec`,
 * `ValidatePodSpec`, `validateContainers`, `validateInitContainers`, `validateEphemeralContainers`,
 * `validateContainerCommon`, probes, handlers, ports, tolerations, `ValidatePodUpdate`,
 * `ValidatePodEphemeralContainersUpdate`) and `k8s.io/apimachinery/pkg/util/validation` (names, ports, labels),
 * read at a 1.33/1.34-era commit (`000f2605…`). Fields and messages are written as `field.Error` prints them
 * (`Required value`, `Invalid value: 0: must be 1`, `Unsupported value: "x": supported values: …`).
 * Validation runs on the defaulted Pod, as on the server (`applyDefaults` first).
 * Subset: volumes sources, security contexts, affinity and DNS config are not checked inside (resources: ./validation-resources.ts).
 */
import type { Container, FieldError, Pod, PodSpec, Probe, LifecycleHandler, ContainerPort, Toleration } from './types';
import { applyDefaults, KNOWN_VOLUME_SOURCES } from './defaults';
import { validateResourceRequirements } from './validation-resources';

// ---------------------------------------------------------------- field.Error constructors

/** Go's `%q` for strings, `%v` for numbers and booleans. */
function show(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
const required = (field: string, detail = ''): FieldError => ({
  field,
  message: detail ? `Required value: ${detail}` : 'Required value',
});
const invalid = (field: string, value: unknown, detail: string): FieldError => ({
  field,
  message: `Invalid value: ${show(value)}: ${detail}`,
});
const forbidden = (field: string, detail: string): FieldError => ({ field, message: `Forbidden: ${detail}` });
const duplicate = (field: string, value: unknown): FieldError => ({
  field,
  message: `Duplicate value: ${show(value)}`,
});
const notFound = (field: string, value: unknown): FieldError => ({ field, message: `Not found: ${show(value)}` });
const notSupported = (field: string, value: unknown, valid: string[]): FieldError => ({
  field,
  message: `Unsupported value: ${show(value)}: supported values: ${valid.map((v) => JSON.stringify(v)).join(', ')}`,
});
const tooMany = (field: string, actual: number, max: number): FieldError => ({
  field,
  message: `Too many: ${actual}: must have at most ${max} items`,
});

// ---------------------------------------------------------------- apimachinery/pkg/util/validation

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const qualifiedNameFmt = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const labelValueFmt = `(${qualifiedNameFmt})?`;

/** `RegexError`: the message, examples and the pattern (note Go's double space before "or"). */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  let s = `${msg} (e.g. `;
  examples.forEach((e, i) => {
    if (i > 0) s += ' or ';
    s += `'${e}', `;
  });
  return `${s}regex used for validation is '${fmt}')`;
}
const maxLenError = (n: number) => `must be no more than ${n} characters`;
const inclusiveRangeError = (lo: number, hi: number) => `must be between ${lo} and ${hi}, inclusive`;

/** `IsDNS1123Label`. */
export function isDNS1123Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!new RegExp(`^${dns1123LabelFmt}$`).test(v)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
        dns1123LabelFmt,
        'my-name',
        '123-abc',
      ),
    );
  }
  return errs;
}

/** `IsDNS1123Subdomain`. */
export function isDNS1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${dns1123SubdomainFmt}$`).test(v)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        dns1123SubdomainFmt,
        'example.com',
      ),
    );
  }
  return errs;
}

const qualifiedNameErrMsg =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/** `IsQualifiedName` (label keys, readiness gate condition types). */
function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else for (const m of isDNS1123Subdomain(prefix)) errs.push(`prefix part ${m}`);
  } else {
    return [
      `a qualified name ${regexError(qualifiedNameErrMsg, qualifiedNameFmt, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!new RegExp(`^${qualifiedNameFmt}$`).test(name))
    errs.push(`name part ${regexError(qualifiedNameErrMsg, qualifiedNameFmt, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

/** `IsValidLabelValue`. */
function isValidLabelValue(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!new RegExp(`^${labelValueFmt}$`).test(v)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        labelValueFmt,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errs;
}

/** `IsValidPortNum`. */
function isValidPortNum(p: number): string[] {
  return p >= 1 && p <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

/** `IsValidPortName` (IANA_SVC_NAME). */
function isValidPortName(p: string): string[] {
  const errs: string[] = [];
  if (p.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(p)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(p)) errs.push('must contain at least one letter (a-z)');
  if (p.includes('--')) errs.push('must not contain consecutive hyphens');
  if (p.length > 0 && (p.startsWith('-') || p.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** `IsRelaxedEnvVarName` (RelaxedEnvironmentVariableValidation is GA in 1.34). */
function isEnvVarName(v: string): string[] {
  return /^[\x20-\x3c\x3e-\x7e]+$/.test(v)
    ? []
    : ["a valid environment variable name must consist only of printable ASCII characters other than '='"];
}

// ---------------------------------------------------------------- pieces of validation.go

function validatePortNumOrName(port: number | string | undefined, path: string): FieldError[] {
  // An absent IntOrString is the integer 0 in Go.
  if (port === undefined || port === null) port = 0;
  if (typeof port === 'number') return isValidPortNum(port).map((m) => invalid(path, port, m));
  return isValidPortName(port).map((m) => invalid(path, port, m));
}

type AnyHandler = LifecycleHandler & Probe;

/** `validateHandler`: exactly one of exec, httpGet, tcpSocket, grpc, sleep. */
function validateHandler(h: AnyHandler, gracePeriod: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let n = 0;
  const one = (key: keyof AnyHandler, check: () => FieldError[]) => {
    if (h[key] === undefined) return;
    if (n > 0) errs.push(forbidden(`${path}.${key}`, 'may not specify more than 1 handler type'));
    else {
      n++;
      errs.push(...check());
    }
  };
  one('exec', () => ((h.exec?.command ?? []).length === 0 ? [required(`${path}.exec.command`)] : []));
  one('httpGet', () => {
    const g = h.httpGet!;
    const e: FieldError[] = [];
    if (!g.path) e.push(required(`${path}.httpGet.path`));
    e.push(...validatePortNumOrName(g.port, `${path}.httpGet.port`));
    if (g.scheme !== 'HTTP' && g.scheme !== 'HTTPS')
      e.push(notSupported(`${path}.httpGet.scheme`, g.scheme ?? '', ['HTTP', 'HTTPS']));
    return e;
  });
  one('tcpSocket', () => validatePortNumOrName(h.tcpSocket!.port, `${path}.tcpSocket.port`));
  one('grpc', () => validatePortNumOrName(h.grpc!.port, `${path}.grpc.port`));
  one('sleep', () => {
    const s = h.sleep!.seconds;
    // PodLifecycleSleepActionAllowZero is on (beta 1.33): 0 is allowed.
    if (gracePeriod !== undefined && (s < 0 || s > gracePeriod)) {
      return [
        invalid(
          `${path}.sleep`,
          s,
          `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`,
        ),
      ];
    }
    return [];
  });
  if (n === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

function validateLifecycle(c: Container, gracePeriod: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (c.lifecycle?.postStart)
    errs.push(...validateHandler(c.lifecycle.postStart as AnyHandler, gracePeriod, `${path}.postStart`));
  if (c.lifecycle?.preStop)
    errs.push(...validateHandler(c.lifecycle.preStop as AnyHandler, gracePeriod, `${path}.preStop`));
  return errs;
}

/** `validateProbe` (after defaulting, so 0 has become 1 where Go's defaults apply). */
function validateProbe(p: Probe, gracePeriod: number | undefined, path: string): FieldError[] {
  const errs = validateHandler(
    { exec: p.exec, httpGet: p.httpGet, tcpSocket: p.tcpSocket, grpc: p.grpc } as AnyHandler,
    gracePeriod,
    path,
  );
  for (const f of [
    'initialDelaySeconds',
    'timeoutSeconds',
    'periodSeconds',
    'successThreshold',
    'failureThreshold',
  ] as const) {
    const v = p[f] ?? 0;
    if (v < 0) errs.push(invalid(`${path}.${f}`, v, 'must be greater than or equal to 0'));
  }
  if (p.terminationGracePeriodSeconds !== undefined && p.terminationGracePeriodSeconds <= 0) {
    errs.push(
      invalid(`${path}.terminationGracePeriodSeconds`, p.terminationGracePeriodSeconds, 'must be greater than 0'),
    );
  }
  return errs;
}

function validateProbes(c: Container, gracePeriod: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (c.livenessProbe) {
    errs.push(...validateProbe(c.livenessProbe, gracePeriod, `${path}.livenessProbe`));
    if (c.livenessProbe.successThreshold !== 1)
      errs.push(invalid(`${path}.livenessProbe.successThreshold`, c.livenessProbe.successThreshold, 'must be 1'));
  }
  if (c.readinessProbe) {
    errs.push(...validateProbe(c.readinessProbe, gracePeriod, `${path}.readinessProbe`));
    if (c.readinessProbe.terminationGracePeriodSeconds !== undefined) {
      errs.push(
        invalid(
          `${path}.readinessProbe.terminationGracePeriodSeconds`,
          c.readinessProbe.terminationGracePeriodSeconds,
          'must not be set for readinessProbes',
        ),
      );
    }
  }
  if (c.startupProbe) {
    errs.push(...validateProbe(c.startupProbe, gracePeriod, `${path}.startupProbe`));
    if (c.startupProbe.successThreshold !== 1)
      errs.push(invalid(`${path}.startupProbe.successThreshold`, c.startupProbe.successThreshold, 'must be 1'));
  }
  return errs;
}

/** `validateContainerPorts`. */
function validateContainerPorts(ports: ContainerPort[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const ip = `${path}[${i}]`;
    if (p.name) {
      const msgs = isValidPortName(p.name);
      if (msgs.length) for (const m of msgs) errs.push(invalid(`${ip}.name`, p.name, m));
      else if (names.has(p.name)) errs.push(duplicate(`${ip}.name`, p.name));
      else names.add(p.name);
    }
    if (!p.containerPort) errs.push(required(`${ip}.containerPort`));
    else for (const m of isValidPortNum(p.containerPort)) errs.push(invalid(`${ip}.containerPort`, p.containerPort, m));
    const hostPort = (p as { hostPort?: number }).hostPort;
    if (hostPort) for (const m of isValidPortNum(hostPort)) errs.push(invalid(`${ip}.hostPort`, hostPort, m));
    if (!p.protocol) errs.push(required(`${ip}.protocol`));
    else if (!['SCTP', 'TCP', 'UDP'].includes(p.protocol))
      errs.push(notSupported(`${ip}.protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']));
  });
  return errs;
}

/** `validateContainerCommon`: name, image, termination message policy, ports, env, mounts, pull policy. */
function validateContainerCommon(c: Container, volumeNames: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${path}.name`));
  else for (const m of isDNS1123Label(c.name)) errs.push(invalid(`${path}.name`, c.name, m));
  if (!c.image) errs.push(required(`${path}.image`));
  const tmp = c.terminationMessagePolicy;
  if (!tmp) errs.push(required(`${path}.terminationMessagePolicy`));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError')
    errs.push(notSupported(`${path}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  errs.push(...validateContainerPorts(c.ports ?? [], `${path}.ports`));
  (c.env ?? []).forEach((e, i) => {
    if (!e.name) errs.push(required(`${path}.env[${i}].name`));
    else for (const m of isEnvVarName(e.name)) errs.push(invalid(`${path}.env[${i}].name`, e.name, m));
  });
  const mountPaths = new Set<string>();
  (c.volumeMounts ?? []).forEach((m, i) => {
    const mp = `${path}.volumeMounts[${i}]`;
    if (!m.name) errs.push(required(`${mp}.name`));
    if (!volumeNames.has(m.name)) errs.push(notFound(`${mp}.name`, m.name));
    if (!m.mountPath) errs.push(required(`${mp}.mountPath`));
    if (mountPaths.has(m.mountPath)) errs.push(invalid(`${mp}.mountPath`, m.mountPath, 'must be unique'));
    mountPaths.add(m.mountPath);
  });
  errs.push(...validateResourceRequirements(c.resources, `${path}.resources`));
  const pp = c.imagePullPolicy;
  if (!pp) errs.push(required(`${path}.imagePullPolicy`));
  else if (!['Always', 'IfNotPresent', 'Never'].includes(pp))
    errs.push(notSupported(`${path}.imagePullPolicy`, pp, ['Always', 'IfNotPresent', 'Never']));
  return errs;
}

/** `validateContainerOnlyForPod`. */
function validateContainerOnlyForPod(c: Container, path: string): FieldError[] {
  return c.image !== undefined && c.image !== c.image.trim()
    ? [invalid(`${path}.image`, c.image, 'must not have leading or trailing whitespace')]
    : [];
}

interface RestartRule {
  action?: string;
  exitCodes?: { operator?: string; values?: number[] };
}
type ContainerWithRules = Container & { restartPolicyRules?: RestartRule[] };

/**
 * Container-level `restartPolicy` and `restartPolicyRules` (KEP-5307 `ContainerRestartRules`, beta and on in 1.35).
 * Reconstructed from the KEP, the API reference and an upstream patch excerpt, not from the 1.35 source:
 * values Always/OnFailure/Never; at most 20 rules; action `Restart`; `exitCodes` required with operator In/NotIn
 * and at most 255 values; rules need a container `restartPolicy`.
 */
function validateContainerRestartPolicy(c: ContainerWithRules, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const rules = c.restartPolicyRules ?? [];
  if (c.restartPolicy === undefined) {
    if (rules.length > 0)
      errs.push(required(`${path}.restartPolicy`, 'must specify restartPolicy when restart rules are used'));
    return errs;
  }
  if (!['Always', 'OnFailure', 'Never'].includes(c.restartPolicy))
    errs.push(notSupported(`${path}.restartPolicy`, c.restartPolicy, ['Always', 'OnFailure', 'Never']));
  if (rules.length > 20) errs.push(tooMany(`${path}.restartPolicyRules`, rules.length, 20));
  rules.forEach((r, i) => {
    const rp = `${path}.restartPolicyRules[${i}]`;
    if (r.action !== 'Restart') errs.push(notSupported(`${rp}.action`, r.action ?? '', ['Restart']));
    if (r.exitCodes) {
      if (r.exitCodes.operator !== 'In' && r.exitCodes.operator !== 'NotIn')
        errs.push(notSupported(`${rp}.exitCodes.operator`, r.exitCodes.operator ?? '', ['In', 'NotIn']));
      const n = r.exitCodes.values?.length ?? 0;
      if (n > 255) errs.push(tooMany(`${rp}.exitCodes.values`, n, 255));
    } else errs.push(required(`${rp}.exitCodes`, 'must be specified'));
  });
  return errs;
}

/** `validateContainers` (regular containers). */
function validateContainers(spec: PodSpec, volumeNames: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const containers = spec.containers ?? [];
  if (containers.length === 0) return [required(path)];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumeNames, p));
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else names.add(c.name);
    if (c.lifecycle) errs.push(...validateLifecycle(c, spec.terminationGracePeriodSeconds, `${p}.lifecycle`));
    errs.push(...validateProbes(c, spec.terminationGracePeriodSeconds, p));
    errs.push(...validateContainerRestartPolicy(c, p));
  });
  return errs;
}

/** `validateInitContainers`: names unique with regular containers; probes and lifecycle only on sidecars. */
function validateInitContainers(spec: PodSpec, volumeNames: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set(spec.containers.map((c) => c.name));
  (spec.initContainers ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumeNames, p));
    const sidecar = c.restartPolicy === 'Always';
    errs.push(...validateContainerRestartPolicy(c, p));
    if (sidecar && ((c as ContainerWithRules).restartPolicyRules ?? []).length > 0) {
      // Rules on sidecars need the alpha RestartAllContainersOnContainerExits gate (off in 1.35).
      errs.push(forbidden(`${p}.restartPolicyRules`, 'may not be set for init containers with restartPolicy=Always'));
    }
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else if (c.name) names.add(c.name);
    if (sidecar) {
      if (c.lifecycle) errs.push(...validateLifecycle(c, spec.terminationGracePeriodSeconds, `${p}.lifecycle`));
      errs.push(...validateProbes(c, spec.terminationGracePeriodSeconds, p));
    } else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        if (c[f] !== undefined)
          errs.push(forbidden(`${p}.${f}`, 'may not be set for init containers without restartPolicy=Always'));
      }
    }
  });
  return errs;
}

/** Fields of `EphemeralContainerCommon` not in `allowedEphemeralContainerFields`, in struct order. */
const EPHEMERAL_FORBIDDEN = [
  'ports',
  'resources',
  'resizePolicy',
  'restartPolicy',
  'restartPolicyRules',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
] as const;

/** `validateEphemeralContainers`. */
function validateEphemeralContainers(spec: PodSpec, volumeNames: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const eph = spec.ephemeralContainers ?? [];
  if (eph.length === 0) return errs;
  const other = new Set([...spec.containers, ...(spec.initContainers ?? [])].map((c) => c.name));
  const all = new Set(other);
  eph.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumeNames, p));
    errs.push(...validateContainerOnlyForPod(c, p));
    if (all.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else all.add(c.name);
    if (c.targetContainerName && !other.has(c.targetContainerName))
      errs.push(notFound(`${p}.targetContainerName`, c.targetContainerName));
    const rec = c as unknown as Record<string, unknown>;
    for (const f of EPHEMERAL_FORBIDDEN) {
      const v = rec[f];
      const empty =
        v === undefined ||
        (Array.isArray(v) && v.length === 0) ||
        (f === 'resources' && typeof v === 'object' && v !== null && Object.keys(v).length === 0);
      if (!empty) errs.push(forbidden(`${p}.${f}`, 'cannot be set for an Ephemeral Container'));
    }
    (c.volumeMounts ?? []).forEach((m, j) => {
      if ((m as { subPath?: string }).subPath)
        errs.push(forbidden(`${p}.volumeMounts[${j}].subPath`, 'cannot be set for an Ephemeral Container'));
    });
  });
  return errs;
}

/** `ValidateTolerations`. */
function validateTolerations(ts: Toleration[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  ts.forEach((t, i) => {
    const p = `${path}[${i}]`;
    if (t.key) for (const m of isQualifiedName(t.key)) errs.push(invalid(`${p}.key`, t.key, m));
    if (!t.key && t.operator !== 'Exists') {
      errs.push(
        invalid(
          `${p}.operator`,
          t.operator ?? '',
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    }
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errs.push(invalid(`${p}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    const op = t.operator ?? '';
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(t.value ?? '');
      if (msgs.length) errs.push(invalid(`${p}.operator`, t.value ?? '', msgs.join(';')));
    } else if (op === 'Exists') {
      if (t.value) errs.push(invalid(`${p}.operator`, t, "value must be empty when `operator` is 'Exists'"));
    } else errs.push(notSupported(`${p}.operator`, op, ['Equal', 'Exists']));
    if (t.effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(t.effect)) {
      errs.push(notSupported(`${p}.effect`, t.effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']));
    }
  });
  return errs;
}

/** `ValidateVolumes` (names and the one-source rule only). */
function validateVolumes(spec: PodSpec, path: string): { names: Set<string>; errs: FieldError[] } {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (spec.volumes ?? []).forEach((v, i) => {
    const p = `${path}[${i}]`;
    const sources = KNOWN_VOLUME_SOURCES.filter((k) => v[k] !== undefined);
    if (sources.length === 0) errs.push(required(p, 'must specify a volume type'));
    for (const extra of sources.slice(1))
      errs.push(forbidden(`${p}.${extra}`, 'may not specify more than 1 volume type'));
    if (!v.name) errs.push(required(`${p}.name`));
    else for (const m of isDNS1123Label(v.name)) errs.push(invalid(`${p}.name`, v.name, m));
    if (v.name && names.has(v.name)) errs.push(duplicate(`${p}.name`, v.name));
    else if (v.name) names.add(v.name);
  });
  return { names, errs };
}

/** `ValidatePodSpec` (subset, same order). */
function validatePodSpec(spec: PodSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.terminationGracePeriodSeconds === undefined) errs.push(required(`${path}.terminationGracePeriodSeconds`));
  const vols = validateVolumes(spec, `${path}.volumes`);
  errs.push(...vols.errs);
  errs.push(...validateContainers(spec, vols.names, `${path}.containers`));
  errs.push(...validateInitContainers(spec, vols.names, `${path}.initContainers`));
  errs.push(...validateEphemeralContainers(spec, vols.names, `${path}.ephemeralContainers`));
  const rp = spec.restartPolicy ?? '';
  if (rp === '') errs.push(required(`${path}.restartPolicy`));
  else if (!['Always', 'OnFailure', 'Never'].includes(rp))
    errs.push(notSupported(`${path}.restartPolicy`, rp, ['Always', 'OnFailure', 'Never']));
  const dns = spec.dnsPolicy ?? '';
  if (dns === '') errs.push(required(`${path}.dnsPolicy`));
  else if (!['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'].includes(dns)) {
    errs.push(notSupported(`${path}.dnsPolicy`, dns, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']));
  }
  (spec.imagePullSecrets ?? []).forEach((s, i) => {
    if (Object.keys(s).some((k) => k !== 'name'))
      errs.push(invalid(`${path}.imagePullSecrets[${i}]`, s, 'only name may be set'));
  });
  (spec.readinessGates ?? []).forEach((g, i) => {
    for (const m of isQualifiedName(g.conditionType ?? ''))
      errs.push(invalid(`${path}.readinessGates[${i}].conditionType`, g.conditionType, m));
  });
  if (spec.serviceAccountName)
    for (const m of isDNS1123Subdomain(spec.serviceAccountName))
      errs.push(invalid(`${path}.serviceAccountName`, spec.serviceAccountName, m));
  if (spec.nodeName)
    for (const m of isDNS1123Subdomain(spec.nodeName)) errs.push(invalid(`${path}.nodeName`, spec.nodeName, m));
  if (
    spec.activeDeadlineSeconds !== undefined &&
    (spec.activeDeadlineSeconds < 1 || spec.activeDeadlineSeconds > 2147483647)
  ) {
    errs.push(invalid(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, inclusiveRangeError(1, 2147483647)));
  }
  if (spec.tolerations?.length) errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`));
  // Pod-level resources (PodLevelResources, beta in 1.35): quantities and request ≤ limit only.
  if (spec.resources !== undefined)
    errs.push(...validateResourceRequirements(spec.resources, `${path}.resources`, false));
  if (spec.runtimeClassName !== undefined)
    for (const m of isDNS1123Subdomain(spec.runtimeClassName))
      errs.push(invalid(`${path}.runtimeClassName`, spec.runtimeClassName, m));
  return errs;
}

/** `ValidateObjectMeta` for a Pod (name, namespace, labels, annotations keys). */
function validateObjectMeta(pod: Pod): FieldError[] {
  const errs: FieldError[] = [];
  const m = pod.metadata ?? {};
  if (m.generateName) {
    const masked = m.generateName.endsWith('-') ? `${m.generateName.slice(0, -1)}a` : m.generateName;
    for (const msg of isDNS1123Subdomain(masked)) errs.push(invalid('metadata.generateName', m.generateName, msg));
  }
  if (!m.name) {
    // With generateName the server generates the name before validation.
    if (!m.generateName) errs.push(required('metadata.name', 'name or generateName is required'));
  } else for (const msg of isDNS1123Subdomain(m.name)) errs.push(invalid('metadata.name', m.name, msg));
  if (!m.namespace) errs.push(required('metadata.namespace'));
  else for (const msg of isDNS1123Label(m.namespace)) errs.push(invalid('metadata.namespace', m.namespace, msg));
  for (const [k, v] of Object.entries(m.labels ?? {})) {
    for (const msg of isQualifiedName(k)) errs.push(invalid('metadata.labels', k, msg));
    for (const msg of isValidLabelValue(v)) errs.push(invalid('metadata.labels', v, msg));
  }
  for (const k of Object.keys(m.annotations ?? {})) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid('metadata.annotations', k, msg));
  }
  return errs;
}

/** `validatePodMetadataAndSpec`. */
function validatePodMetadataAndSpec(pod: Pod): FieldError[] {
  const errs = validateObjectMeta(pod);
  const ann = pod.metadata?.annotations ?? {};
  if (ann['kubernetes.io/config.mirror'] !== undefined && !pod.spec.nodeName) {
    errs.push(
      invalid(
        'metadata.annotations[kubernetes.io/config.mirror]',
        ann['kubernetes.io/config.mirror'],
        'must set spec.nodeName if mirror pod annotation is set',
      ),
    );
  }
  errs.push(...validatePodSpec(pod.spec, 'spec'));
  pod.spec.containers.forEach((c, i) => errs.push(...validateContainerOnlyForPod(c, `spec.containers[${i}]`)));
  (pod.spec.initContainers ?? []).forEach((c, i) =>
    errs.push(...validateContainerOnlyForPod(c, `spec.initContainers[${i}]`)),
  );
  return errs;
}

/**
 * `ValidatePodCreate`: every problem of a new Pod, after the server's defaulting (`applyDefaults`), as
 * `{ field, message }` pairs worded like the API server (e.g. `spec.containers[0].image` / `Required value`).
 * Ephemeral containers are refused on create (`cannot be set on create`): they come through the
 * `ephemeralcontainers` subresource (`validatePodEphemeralContainersUpdate`).
 */
export function validatePod(pod: Pod): FieldError[] {
  const p = applyDefaults(pod);
  const errs = validatePodMetadataAndSpec(p);
  if ((p.spec.ephemeralContainers ?? []).length > 0)
    errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  return errs;
}

// ---------------------------------------------------------------- updates

/** The fields `ValidatePodUpdate` lets an update change (`updatablePodSpecFields`, joined with commas, as upstream). */
export const UPDATABLE_POD_SPEC_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];

function canonical(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const keys = Object.keys(v as object)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Paths where two values differ, for the diff after the Forbidden message (upstream prints `cmp.Diff` of Go structs). */
function diffPaths(a: unknown, b: unknown, path: string, out: string[]): void {
  if (same(a, b)) return;
  const isObj = (x: unknown) => x !== null && typeof x === 'object';
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) {
      const sub = Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`;
      diffPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], sub, out);
    }
    return;
  }
  out.push(
    `- ${path}: ${a === undefined ? '<unset>' : JSON.stringify(a)}`,
    `+ ${path}: ${b === undefined ? '<unset>' : JSON.stringify(b)}`,
  );
}

/** `ValidateContainerUpdates`: same number of containers, each with an image. */
function validateContainerUpdates(
  newCs: Container[],
  oldCs: Container[],
  path: string,
): { errs: FieldError[]; stop: boolean } {
  if (newCs.length !== oldCs.length)
    return { errs: [forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  newCs.forEach((c, i) => {
    if (!c.image) errs.push(required(`${path}[${i}].image`));
    if (c.image !== undefined && c.image.trim() !== c.image)
      errs.push(invalid(`${path}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
  });
  return { errs, stop: false };
}

/** `validateOnlyAddedTolerations`. */
function validateOnlyAddedTolerations(newTs: Toleration[], oldTs: Toleration[], path: string): FieldError[] {
  for (const old of oldTs) {
    const found = newTs.some((n) => same({ ...old, tolerationSeconds: n.tolerationSeconds }, n));
    if (!found) return [forbidden(path, 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(newTs, path);
}

/**
 * `ValidatePodUpdate`: a Pod's spec is immutable except container and init-container images,
 * `activeDeadlineSeconds` (set, or lowered), tolerations (additions; `tolerationSeconds` may change) and
 * `terminationGracePeriodSeconds` (to 1 when it was negative). Any other change gives one error on `spec`:
 * `Forbidden: pod updates may not change fields other than …` followed by a diff. Upstream's diff is
 * `cmp.Diff` of Go structs; here it lists the changed paths (`- old` / `+ new`).
 * Both Pods are defaulted first, as the server compares stored (defaulted) objects.
 */
export function validatePodUpdate(newPod: Pod, oldPod: Pod): FieldError[] {
  const np = applyDefaults(newPod);
  const op = applyDefaults(oldPod);
  const errs: FieldError[] = [];
  for (const f of ['name', 'namespace', 'uid'] as const) {
    if (op.metadata[f] !== undefined && np.metadata[f] !== op.metadata[f])
      errs.push(invalid(`metadata.${f}`, np.metadata[f] ?? '', 'field is immutable'));
  }
  errs.push(...validatePodMetadataAndSpec(np));
  const c1 = validateContainerUpdates(np.spec.containers, op.spec.containers, 'spec.containers');
  errs.push(...c1.errs);
  if (c1.stop) return errs;
  const c2 = validateContainerUpdates(
    np.spec.initContainers ?? [],
    op.spec.initContainers ?? [],
    'spec.initContainers',
  );
  errs.push(...c2.errs);
  if (c2.stop) return errs;

  const nd = np.spec.activeDeadlineSeconds;
  const od = op.spec.activeDeadlineSeconds;
  if (nd !== undefined) {
    if (nd < 0 || nd > 2147483647) {
      errs.push(invalid('spec.activeDeadlineSeconds', nd, inclusiveRangeError(0, 2147483647)));
      return errs;
    }
    if (od !== undefined && od < nd) {
      errs.push(invalid('spec.activeDeadlineSeconds', nd, 'must be less than or equal to previous value'));
      return errs;
    }
  } else if (od !== undefined) {
    errs.push(invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
  }
  errs.push(...validateOnlyAddedTolerations(np.spec.tolerations ?? [], op.spec.tolerations ?? [], 'spec.tolerations'));

  if (same(np.spec, op.spec)) return errs;
  const munged: PodSpec = structuredClone(np.spec);
  munged.containers = munged.containers.map((c, i) => ({ ...c, image: op.spec.containers[i].image }));
  if (munged.initContainers)
    munged.initContainers = munged.initContainers.map((c, i) => ({ ...c, image: op.spec.initContainers![i].image }));
  munged.activeDeadlineSeconds = op.spec.activeDeadlineSeconds;
  munged.tolerations = op.spec.tolerations;
  const ot = op.spec.terminationGracePeriodSeconds;
  if (ot !== undefined && ot < 0 && munged.terminationGracePeriodSeconds === 1)
    munged.terminationGracePeriodSeconds = ot;
  if (!same(munged, op.spec)) {
    const diff: string[] = [];
    diffPaths(op.spec, munged, 'spec', diff);
    errs.push(
      forbidden(
        'spec',
        `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS.join(',')}\n${diff.join('\n')}`,
      ),
    );
  }
  return errs;
}

/**
 * `ValidatePodEphemeralContainersUpdate` (the `ephemeralcontainers` subresource used by `kubectl debug`):
 * the new Pod must be valid, static (mirror) Pods refuse ephemeral containers, and existing ephemeral
 * containers may be neither removed nor changed.
 */
export function validatePodEphemeralContainersUpdate(newPod: Pod, oldPod: Pod): FieldError[] {
  const np = applyDefaults(newPod);
  const op = applyDefaults(oldPod);
  const errs = validatePodMetadataAndSpec(np);
  if (op.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined)
    return [forbidden('', 'static pods do not support ephemeral containers')];
  const byName = new Map((np.spec.ephemeralContainers ?? []).map((c) => [c.name, c]));
  for (const old of op.spec.ephemeralContainers ?? []) {
    const n = byName.get(old.name);
    if (!n)
      errs.push(
        forbidden(
          'spec.ephemeralContainers',
          `existing ephemeral containers ${JSON.stringify(old.name)} may not be removed\n`,
        ),
      );
    else if (!same(old, n)) {
      const diff: string[] = [];
      diffPaths(old, n, `spec.ephemeralContainers{${old.name}}`, diff);
      errs.push(
        forbidden(
          'spec.ephemeralContainers',
          `existing ephemeral containers ${JSON.stringify(old.name)} may not be changed\n${diff.join('\n')}`,
        ),
      );
    }
  }
  return errs;
}
