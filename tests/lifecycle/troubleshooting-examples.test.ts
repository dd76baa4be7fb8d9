// Every troubleshooting example compiles and runs with the live runner's compiler, and shows what its comment says.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileExample, runCompiled } from '../../src/views/live';
import { h, view } from '../example-scope';
import { simulate, kubectlStatus } from '../../src/lifecycle';
import type { Simulation } from '../../src/lifecycle/types';

const dir = join(__dirname, '../../src/examples');
const files = readdirSync(dir).filter((f) => /^troubleshooting-.*\.ts$/.test(f));

const sims: Simulation[] = [];
const scope = {
  React: { createElement: h, Fragment: 'Fragment' },
  simulate: (s: Parameters<typeof simulate>[0]) => {
    const sim = simulate(s);
    sims.push(sim);
    return sim;
  },
  kubectlStatus,
  SimulationView: view('SimulationView'),
  KubectlWatch: view('KubectlWatch'),
  KubectlEvents: view('KubectlEvents'),
  PodStatusView: view('PodStatusView'),
  Value: view('Value'),
};

async function run(file: string): Promise<{ value: unknown; sims: Simulation[] }> {
  const code = (await import(join(dir, file))).default as string;
  const c = compileExample(code);
  if (!c.ok) throw new Error(`${file}: ${c.error.message}`);
  sims.length = 0;
  const r = runCompiled(c.js, scope, { budgetMs: 5000 });
  if (r.error) throw new Error(`${file}: ${r.error.message}`);
  expect(r.renderCalled).toBe(true);
  return { value: findValue(r.rendered), sims: [...sims] };
}

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

const statuses = (sim: Simulation) => sim.watch.map((w) => w.status);

describe('troubleshooting examples', () => {
  it('there are examples', () => expect(files.length).toBeGreaterThanOrEqual(8));
  it.each(files)('%s runs', async (f) => {
    await run(f);
  });

  it('crash loop: CrashLoopBackOff, exit code 1 in lastState', async () => {
    const { value, sims } = await run('troubleshooting-crashloop.ts');
    expect(statuses(sims[0])).toContain('CrashLoopBackOff');
    expect(value).toMatchObject({ at100s: { lastState: { terminated: { exitCode: 1, reason: 'Error' } } } });
  });

  it('image pull: ErrImagePull then ImagePullBackOff', async () => {
    const { sims } = await run('troubleshooting-image-pull.ts');
    expect(statuses(sims[0])).toEqual(expect.arrayContaining(['ErrImagePull', 'ImagePullBackOff']));
  });

  it('config error: CreateContainerConfigError for the ConfigMap, Pending', async () => {
    const { value } = await run('troubleshooting-config-error.ts');
    expect(value).toEqual({
      phase: 'Pending',
      state: { waiting: { reason: 'CreateContainerConfigError', message: 'configmap "app-config" not found' } },
    });
  });

  it('start error: RunContainerError, CrashLoopBackOff, StartError 128', async () => {
    const { sims } = await run('troubleshooting-start-error.ts');
    expect(statuses(sims[0])).toEqual(expect.arrayContaining(['RunContainerError', 'CrashLoopBackOff']));
    expect(sims[0].statusAt(5).containerStatuses![0].lastState.terminated).toMatchObject({
      exitCode: 128,
      reason: 'StartError',
    });
  });

  it('exit codes: 0 Completed, 1/126/127 Error, 143 after SIGTERM, 137 after SIGKILL', async () => {
    const { value } = await run('troubleshooting-exit-codes.ts');
    expect(
      (value as { exitCode: number; reason: string; STATUS: string }[]).map(
        (r) => `${r.exitCode} ${r.reason} ${r.STATUS}`,
      ),
    ).toEqual([
      '0 Completed Completed',
      '1 Error Error',
      '126 Error Error',
      '127 Error Error',
      '143 Error Error',
      '137 Error Error',
    ]);
  });

  it('pending: FailedScheduling in the scheduler format, no node', async () => {
    const { value, sims } = await run('troubleshooting-pending.ts');
    expect(sims[0].events[0]).toMatchObject({ reason: 'FailedScheduling', source: 'default-scheduler' });
    expect(sims[0].events[0].message).toMatch(/^0\/1 nodes are available: 1 Insufficient cpu\. preemption: /);
    expect(value).toMatchObject({ nodeName: null, containerStatuses: null });
    expect(statuses(sims[0])).toEqual(['Pending']);
  });

  it('finalizer: the object stays after the delete until the patch', async () => {
    const { value, sims } = await run('troubleshooting-finalizer.ts');
    expect(value).toEqual({
      at60s: {
        deletionTimestamp: 10,
        deletionGracePeriodSeconds: 0,
        finalizers: ['example.com/backup'],
        phase: 'Failed',
      },
      removedAt: 120,
    });
    expect(statuses(sims[0])).toEqual(['Pending', 'ContainerCreating', 'Running', 'Terminating', 'Error']);
  });

  it('node gone: Terminating until the force delete', async () => {
    const { sims } = await run('troubleshooting-node-gone.ts');
    expect(sims[0].podAt(199)?.metadata.deletionTimestamp).toBeDefined();
    expect(kubectlStatus(sims[0].podAt(199)!)).toBe('Terminating');
    expect(sims[0].removedAt).toBe(200);
  });
});

describe('troubleshooting examples: volumes', () => {
  it('volume missing: ContainerCreating and FailedMount events', async () => {
    const { value, sims } = await run('troubleshooting-volume-missing.ts');
    expect(value).toEqual({ phase: 'Pending', state: { waiting: { reason: 'ContainerCreating' } } });
    expect(sims[0].events.filter((e) => e.reason === 'FailedMount').length).toBeGreaterThan(5);
  });
});
