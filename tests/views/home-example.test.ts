// The home page's example (src/examples/home-crashloop.ts): CrashLoopBackOff as written, out of it once
// the reader replaces `exit 1` with a command that keeps running, as the home page asks.
import { describe, expect, it } from 'vitest';
import code from '../../src/examples/home-crashloop';
import { compileExample, runCompiled } from '../../src/views/live';
import { simulate } from '../../src/lifecycle';
import type { Simulation } from '../../src/lifecycle/types';

function statuses(source: string): string[] {
  const sims: Simulation[] = [];
  const c = compileExample(source);
  if (!c.ok) throw new Error(c.error.message);
  const scope = {
    React: { createElement: (type: unknown, props: unknown) => ({ type, props }), Fragment: 'Fragment' },
    simulate: (s: Parameters<typeof simulate>[0]) => {
      const sim = simulate(s);
      sims.push(sim);
      return sim;
    },
    KubectlWatch: () => null,
  };
  const r = runCompiled(c.js, scope, { budgetMs: 5000 });
  if (r.error) throw new Error(r.error.message);
  expect(r.renderCalled).toBe(true);
  expect(sims).toHaveLength(1);
  return sims[0].watch.map((w) => w.status);
}

describe('home page example', () => {
  it('crash-loops as written', () => {
    const s = statuses(code);
    expect(s).toContain('CrashLoopBackOff');
    expect(s).toContain('Error');
  });
  it('leaves the loop once the command keeps running', () => {
    expect(code).toContain('"exit 1"');
    const s = statuses(code.replace('exit 1', 'sleep 3600'));
    expect(s).not.toContain('CrashLoopBackOff');
    expect(s.at(-1)).toBe('Running');
  });
  it('exit 0 loops too: restartPolicy Always restarts a container that succeeded', () => {
    expect(statuses(code.replace('exit 1', 'exit 0'))).toContain('CrashLoopBackOff');
  });
});
