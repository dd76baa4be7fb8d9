import { describe, expect, it, vi } from 'vitest';
import { compileExample, injectLoopGuards, runCompiled, GUARD_NAME } from '../../src/views/live';
import { parse } from 'acorn';

const h = (...a: unknown[]) => a;
const run = (code: string, scope: Record<string, unknown> = {}, budgetMs = 200) => {
  const c = compileExample(code);
  if (!c.ok) throw new Error(`compile: ${c.error.message}`);
  return runCompiled(c.js, { React: { createElement: h }, ...scope }, { budgetMs });
};

describe('compileExample', () => {
  it('strips TypeScript and compiles JSX to React.createElement', () => {
    const c = compileExample('interface P { a: number }\nconst p: P = { a: 1 };\nrender(<Box n={p.a as number} />);');
    expect(c.ok).toBe(true);
    if (c.ok) expect(c.js).toContain('React.createElement(Box');
  });
  it('reports syntax errors with the source line and column', () => {
    const c = compileExample('const a = 1;\nconst b = (1 + ;\nrender(a);');
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.error).toMatchObject({ kind: 'compile', line: 2, column: 17 });
  });
  it('refuses imports with a clear message', () => {
    const c = compileExample("import { x } from 'y';\nrender(x);");
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.error.message).toMatch(/already in scope/);
  });
  it('inline mode renders a single expression', () => {
    const c = compileExample('<b>hi</b>', { inline: true });
    expect(c.ok && runCompiled(c.js, { React: { createElement: h } }).rendered).toEqual(['b', null, 'hi']);
  });
});

describe('loop guard', () => {
  it('wraps every kind of loop body without adding lines', () => {
    const src =
      'for (;;) break;\nwhile (x) x--;\ndo { y++ } while (y < 3)\nfor (const k of ks) if (k) continue;\nfor (const k in o) {}';
    const out = injectLoopGuards(src, parse(src, { ecmaVersion: 'latest' }));
    expect(out.split('\n')).toHaveLength(5);
    expect(out.match(new RegExp(GUARD_NAME, 'g'))).toHaveLength(5);
    expect(() => parse(out, { ecmaVersion: 'latest' })).not.toThrow();
  });
  it('keeps loops working (labels, continue, nested)', () => {
    const r = run(
      'let n = 0;\nouter: for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) { if (j === 2) continue outer; n++; }\nrender(n);',
    );
    expect(r.rendered).toBe(10);
  });
  it('stops an infinite loop within the budget and names its line', () => {
    const t0 = Date.now();
    const r = run('let i = 0;\nwhile (true) { i++; }\nrender(i);', {}, 150);
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(r.error).toMatchObject({ kind: 'timeout', line: 2 });
    expect(r.renderCalled).toBe(false);
  });
  it('does not count time spent in scope functions (the model) against a loop', () => {
    let fake = 0;
    const slowModel = () => {
      fake += 400;
      return 1;
    };
    const c = compileExample('let n = 0;\nfor (let i = 0; i < 2000; i++) n += slowModel();\nrender(n);');
    if (!c.ok) throw new Error('compile');
    const r = runCompiled(c.js, { slowModel }, { budgetMs: 1000, now: () => fake });
    expect(r.error?.kind).toBe('timeout'); // 10 s forgiven at most, then the guard fires
    fake = 0;
    const c2 = compileExample('let n = 0;\nfor (let i = 0; i < 5000; i++) n += i < 5 ? slowModel() : 0;\nrender(n);');
    if (!c2.ok) throw new Error('compile');
    const r2 = runCompiled(c2.js, { slowModel }, { budgetMs: 1000, now: () => fake });
    expect(r2.error).toBeUndefined();
    expect(r2.rendered).toBe(5);
  });
  it('also guards loops inside functions the example defines', () => {
    const r = run('const spin = () => { for (;;) {} };\nspin();', {}, 100);
    expect(r.error?.kind).toBe('timeout');
  });
});

describe('runtime errors and cleanup', () => {
  it('reports a thrown error with its line', () => {
    const r = run('const a = 1;\n\nthrow new Error("boom");');
    expect(r.error).toMatchObject({ kind: 'runtime', message: 'boom', line: 3 });
  });
  it('keeps the field errors of a PodLabError', () => {
    class PodLabError extends Error {
      kind = 'invalid';
      errors = [{ field: 'spec.containers', message: 'Required value' }];
      name = 'PodLabError';
    }
    const r = run('throw new PodLabError("The Pod \\"x\\" is invalid");', { PodLabError });
    expect(r.error?.fieldErrors).toEqual([{ field: 'spec.containers', message: 'Required value' }]);
    expect(r.error?.podLabKind).toBe('invalid');
  });
  it('an example that renders nothing is not an error', () => {
    const r = run('const x = 1;');
    expect(r.renderCalled).toBe(false);
    expect(r.error).toBeUndefined();
  });
  it('stops the timers an example started', () => {
    vi.useFakeTimers();
    try {
      const tick = vi.fn();
      const r = run('setInterval(tick, 10);\nsetTimeout(tick, 50);', { tick });
      vi.advanceTimersByTime(35);
      expect(tick).toHaveBeenCalledTimes(3);
      r.cleanup();
      vi.advanceTimersByTime(200);
      expect(tick).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
  it('stops actors created through the scope', () => {
    const stop = vi.fn();
    const r = run('createActor({}).start();', {
      createActor: () => ({
        start() {
          return this;
        },
        stop,
      }),
    });
    r.cleanup();
    expect(stop).toHaveBeenCalledOnce();
  });
});
