// Every resources-* live example compiles and runs with the live runner's compiler, renders, and shows what its comment says.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileExample, runCompiled } from '../../src/views/live';
import { h, view } from '../example-scope';
import * as model from '../../src/lifecycle';

const dir = join(__dirname, '../../src/examples');
const files = readdirSync(dir).filter((f) => /^resources-.*\.ts$/.test(f));
const scope = {
  React: { createElement: h, Fragment: 'Fragment' },
  simulate: model.simulate,
  applyDefaults: model.applyDefaults,
  parsePod: model.parsePod,
  validatePod: model.validatePod,
  kubectlStatus: model.kubectlStatus,
  computePodQOS: model.computePodQOS,
  podRequests: model.podRequestsText,
  rankMemoryPressure: model.rankMemoryPressure,
  KubectlWatch: view('KubectlWatch'),
  KubectlEvents: view('KubectlEvents'),
  Timeline: view('Timeline'),
  PodStatusView: view('PodStatusView'),
  Value: view('Value'),
};

function findValue(node: unknown): unknown {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as { type?: { displayName?: string }; props?: { value?: unknown; children?: unknown[] } };
  if (n.type?.displayName === 'Value') return n.props?.value;
  for (const c of n.props?.children ?? []) {
    const v = findValue(c);
    if (v !== undefined) return v;
  }
  return undefined;
}

async function run(file: string): Promise<unknown> {
  const code = (await import(join(dir, file))).default as string;
  const c = compileExample(code);
  if (!c.ok) throw new Error(`${file}: ${c.error.message}`);
  const r = runCompiled(c.js, scope, { budgetMs: 5000 });
  if (r.error) throw new Error(`${file}: ${r.error.message}`);
  expect(r.renderCalled).toBe(true);
  return findValue(r.rendered);
}

describe('resources examples', () => {
  it('there are six', () => expect(files.length).toBeGreaterThanOrEqual(6));
  it.each(files)('%s runs', async (f) => {
    await run(f);
  });
  it('QoS of three Pods', async () => {
    const v = (await run('resources-qos.ts')) as { qosClass: string }[];
    expect(v.map((r) => r.qosClass)).toEqual(['Guaranteed', 'Burstable', 'BestEffort']);
  });
  it('OOMKilled then CrashLoopBackOff', async () => {
    const v = (await run('resources-oomkilled.ts')) as {
      restartCount: number;
      state: { waiting?: { reason: string } };
      lastState: { terminated: { reason: string; exitCode: number } };
    };
    expect(v.lastState.terminated).toMatchObject({ reason: 'OOMKilled', exitCode: 137 });
    expect(v.state.waiting?.reason).toBe('CrashLoopBackOff');
    expect(v.restartCount).toBe(2);
  });
  it('effective request with a sidecar', async () => {
    const v = (await run('resources-sidecar-request.ts')) as {
      effectiveRequest: Record<string, string>;
      qosClass: string;
    };
    expect(v.effectiveRequest).toEqual({ cpu: '1100m', memory: '320Mi' });
    expect(v.qosClass).toBe('Burstable');
  });
  it('eviction ranking', async () => {
    const v = (await run('resources-eviction-rank.ts')) as { pod: string }[];
    expect(v.map((r) => r.pod)).toEqual(['report', 'batch', 'api', 'cache', 'web']);
  });
  it('priority in eviction', async () => {
    const v = (await run('resources-priority-eviction.ts')) as string[];
    expect(v.map((l) => l.split(':')[0])).toEqual(['1. thumbnails', '2. payments', '3. reports']);
  });
  it('request above limit', async () => {
    expect(await run('resources-request-over-limit.ts')).toBe(
      'The Pod "web" is invalid: \n* spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1\n* spec.containers[0].resources.requests: Invalid value: "1536Mi": must be less than or equal to memory limit of 1Gi',
    );
  });
});
