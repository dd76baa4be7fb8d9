import { describe, expect, it } from 'vitest';
import { PodLabError, isPodLabError } from '../../src/lifecycle/errors';
import { parsePod, parseYamlObject } from '../../src/lifecycle/parse';
import type { Pod } from '../../src/lifecycle/types';

function fail(input: Pod | string): PodLabError {
  try {
    parsePod(input);
  } catch (e) {
    expect(isPodLabError(e)).toBe(true);
    return e as PodLabError;
  }
  throw new Error('parsePod accepted the input');
}

const good = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 80
    livenessProbe:
      httpGet: {path: /healthz, port: http}
  volumes:
  - name: cfg
    configMap:
      name: web
      defaultMode: 0644
`;

describe('parsePod: YAML', () => {
  it('reads a Pod and keeps only what was written (no defaults)', () => {
    const p = parsePod(good);
    expect(p.metadata.name).toBe('web');
    expect(p.spec.containers[0].ports).toEqual([{ containerPort: 80 }]);
    expect(p.spec.restartPolicy).toBeUndefined();
  });
  it('reads YAML the way kubectl does: 0644 is octal (420)', () => {
    expect((parsePod(good).spec.volumes![0].configMap as { defaultMode: number }).defaultMode).toBe(420);
  });
  it('a syntax error gives kind yaml, the library message, line and column', () => {
    const e = fail('metadata:\n  name: web\nspec:\n  containers: [\n    {name: app\n');
    expect(e.kind).toBe('yaml');
    expect(e.line).toBeGreaterThanOrEqual(4);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.message).toMatch(/^error converting YAML to JSON: yaml: line \d+: /);
  });
  it('a bad indentation is reported at its line', () => {
    const e = fail('metadata:\n  name: web\n   labels: {}\nspec: {}\n');
    expect(e.kind).toBe('yaml');
    // The yaml library reports the mapping that the stray line breaks (line 2); go-yaml would say line 3.
    expect([2, 3]).toContain(e.line);
  });
  it('duplicate keys are an error', () => {
    expect(fail('metadata: {name: a}\nmetadata: {name: b}\nspec: {containers: []}\n').kind).toBe('yaml');
  });
  it('more than one document is an error pointing at the second', () => {
    const e = fail(`${good}---\n${good}`);
    expect(e.kind).toBe('yaml');
    // The line of the `---` separator.
    expect(e.line).toBe(good.split('\n').length);
  });
  it('an empty input is refused', () => {
    expect(fail('# nothing\n').kind).toBe('schema');
  });
  it('parseYamlObject returns plain data', () => {
    expect(parseYamlObject('a: [1, on]\n')).toEqual({ a: [1, true] });
  });
});

describe('parsePod: schema (strict decoding)', () => {
  it('an unknown field, named like the API server does, with its position', () => {
    const e = fail(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: app\n    image: nginx\n    imagePolicy: Always\n',
    );
    expect(e.kind).toBe('schema');
    expect(e.errors).toEqual([
      { field: 'spec.containers[0].imagePolicy', message: 'unknown field "spec.containers[0].imagePolicy"' },
    ]);
    expect(e.message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePolicy"',
    );
    expect([e.line, e.column]).toEqual([8, 5]);
  });
  it('a wrong type names the path', () => {
    const e = fail(
      'metadata: {name: web}\nspec:\n  containers:\n  - name: app\n    image: nginx\n    ports:\n    - containerPort: "80"\n',
    );
    expect(e.errors).toEqual([
      { field: 'spec.containers[0].ports[0].containerPort', message: 'expected number, got string' },
    ]);
    expect([e.line, e.column]).toEqual([7, 22]);
  });
  it('every problem at once', () => {
    const e = fail({
      metadata: { name: 'web', labels: { tier: 1 } },
      spec: { containers: [{ name: 'app', image: 'nginx', port: 80, restartCount: 'x' }], restartPolicy: 5 },
    } as unknown as Pod);
    expect(e.errors.map((x) => x.field).sort()).toEqual([
      'metadata.labels.tier',
      'spec.containers[0].port',
      'spec.containers[0].restartCount',
      'spec.restartPolicy',
    ]);
  });
  it('a non-integer where Go has an int32', () => {
    expect(
      fail({
        metadata: { name: 'w' },
        spec: { containers: [{ name: 'a', livenessProbe: { periodSeconds: 1.5 } }] },
      } as unknown as Pod).errors,
    ).toEqual([{ field: 'spec.containers[0].livenessProbe.periodSeconds', message: 'expected integer, got 1.5' }]);
  });
  it('real v1 fields the model does not use are accepted', () => {
    const p = parsePod({
      metadata: { name: 'w' },
      spec: {
        hostNetwork: true,
        nodeSelector: { disk: 'ssd' },
        containers: [{ name: 'a', image: 'x', securityContext: { runAsUser: 1000 }, envFrom: [] }],
      },
    } as unknown as Pod);
    expect(p.spec.hostNetwork).toBe(true);
  });
  it('kind and apiVersion must be Pod and v1 when given', () => {
    const k = fail('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n');
    expect(k.kind).toBe('schema');
    expect(k.errors[0].field).toBe('kind');
    const v = fail('apiVersion: apps/v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: []}\n');
    expect(v.message).toBe('no matches for kind "Pod" in version "apps/v1"');
    expect(v.line).toBe(1);
  });
  it('null values count as unset; a missing spec becomes empty for validation', () => {
    const p = parsePod('metadata:\n  name: web\n  labels:\nspec:\n  containers:\n  - name: app\n    image:\n');
    expect(p.metadata.labels).toBeUndefined();
    expect(p.spec.containers[0].image).toBeUndefined();
    expect(parsePod('metadata: {name: web}\n').spec.containers).toEqual([]);
  });
  it('does not mutate an object input', () => {
    const input = {
      metadata: { name: 'web', labels: null },
      spec: { containers: [{ name: 'a', image: 'x' }] },
    } as unknown as Pod;
    const copy = structuredClone(input);
    parsePod(input);
    expect(input).toEqual(copy);
  });
});
