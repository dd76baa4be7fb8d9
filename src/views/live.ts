/**
 * The engine behind <LiveExample>: compile an example (TypeScript + JSX → JS with sucrase, which keeps
 * line numbers), check it with acorn and add a loop guard to every loop body, then run it against a
 * scope with a `render` callback. No DOM here, so it runs in SSR, in the browser and in unit tests.
 */
import { transform } from 'sucrase';
import { parse, type Node } from 'acorn';

export type LiveErrorKind = 'compile' | 'runtime' | 'timeout';

export interface LiveError {
  kind: LiveErrorKind;
  message: string;
  /** 1-based line in the example's source. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Field errors of a PodLabError (kind `invalid`, `schema`, ...), each listed. */
  fieldErrors?: { field: string; message: string }[];
  /** PodLabError kind when the error is one. */
  podLabKind?: string;
}

export const GUARD_NAME = '__podlabLoopGuard';
export const SOURCE_NAME = 'podlab-example.js';
/** At most this much time inside scope functions is forgiven by the loop guard. */
export const MAX_EXCLUDED_MS = 10_000;

export class LoopGuardError extends Error {
  constructor(readonly budgetMs: number) {
    super(`loop stopped after ${budgetMs} ms`);
    this.name = 'LoopGuardError';
  }
}

export type Compiled = { ok: true; js: string } | { ok: false; error: LiveError };

interface LoopNode extends Node {
  body: Node;
}
const LOOPS = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  const n = node as Node & Record<string, unknown>;
  if (typeof n.type === 'string') visit(n);
  for (const key of Object.keys(n)) {
    if (key === 'loc' || key === 'start' || key === 'end' || key === 'type') continue;
    const v = n[key];
    if (v && typeof v === 'object') walk(v, visit);
  }
}

/**
 * Wraps every loop body as `{guard(); body}`: valid for block and single-statement bodies, keeps
 * `continue`/labels working, and adds no line, so error lines still match the source.
 */
export function injectLoopGuards(js: string, ast: Node): string {
  const inserts: { at: number; text: string }[] = [];
  walk(ast, (n) => {
    if (!LOOPS.has(n.type)) return;
    const body = (n as LoopNode).body;
    inserts.push({ at: body.start, text: `{${GUARD_NAME}();` }, { at: body.end, text: '}' });
  });
  // Apply from the end; at equal positions order does not matter ('}' only meets '}' or '{…;' is before body text).
  inserts.sort((a, b) => b.at - a.at || (a.text === '}' ? -1 : 1));
  let out = js;
  for (const { at, text } of inserts) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

function compileError(message: string, loc?: { line: number; column: number }): Compiled {
  const clean = message.replace(/\s*\(\d+:\d+\)\s*$/, '');
  return {
    ok: false,
    error: { kind: 'compile', message: clean, line: loc?.line, column: loc ? loc.column + 1 : undefined },
  };
}

/**
 * Compiles an example. `inline` mode treats the code as one expression (react-live's default mode);
 * otherwise the code must call `render(...)` (react-live's `noInline`).
 */
export function compileExample(code: string, { inline = false }: { inline?: boolean } = {}): Compiled {
  const source = inline ? `render((${code.trim().replace(/;\s*$/, '')}))` : code;
  let js: string;
  try {
    js = transform(source, {
      transforms: ['typescript', 'jsx'],
      jsxRuntime: 'classic',
      production: true,
      disableESTransforms: true,
    }).code;
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    return compileError(err.message, err.loc);
  }
  let ast: Node;
  try {
    ast = parse(js, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      locations: true,
    });
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const msg = /'import' and 'export' may appear only/.test(err.message)
      ? 'import/export are not available here: every name is already in scope'
      : err.message;
    return compileError(msg, err.loc);
  }
  return { ok: true, js: injectLoopGuards(js, ast) };
}

let lineOffset: number | undefined;
/** Lines that `new Function` adds before the body in this engine (2 in V8), measured once. */
function functionLineOffset(): number {
  if (lineOffset !== undefined) return lineOffset;
  try {
    new Function(`throw new Error('calibrate')\n//# sourceURL=${SOURCE_NAME}`)();
  } catch (e) {
    const m = locate((e as Error).stack ?? '', 0);
    lineOffset = m ? m.line - 1 : 0;
  }
  return lineOffset ?? 0;
}

function locate(stack: string, offset: number): { line: number; column: number } | undefined {
  const m = new RegExp(`${SOURCE_NAME.replace(/\./g, '\\.')}:(\\d+):(\\d+)`).exec(stack);
  if (!m) return undefined;
  return { line: Number(m[1]) - offset, column: Number(m[2]) };
}

/** Turns anything thrown by an example into a LiveError (runtime, or timeout for the loop guard). */
export function toLiveError(e: unknown): LiveError {
  if (e instanceof LoopGuardError) {
    const where = locate(e.stack ?? '', functionLineOffset());
    return { kind: 'timeout', message: e.message, line: where?.line, column: where?.column };
  }
  if (e instanceof Error) {
    const where = locate(e.stack ?? '', functionLineOffset());
    const pl = e as Error & {
      kind?: string;
      errors?: { field: string; message: string }[];
      line?: number;
      column?: number;
    };
    const isPodLab = e.name === 'PodLabError' && Array.isArray(pl.errors);
    return {
      kind: 'runtime',
      message: e.message,
      line: where?.line,
      column: where?.column,
      ...(isPodLab ? { fieldErrors: pl.errors, podLabKind: pl.kind } : {}),
    };
  }
  return { kind: 'runtime', message: typeof e === 'string' ? e : (JSON.stringify(e) ?? String(e)) };
}

export interface RunResult {
  /** The value given to `render(...)`, if called. */
  rendered?: unknown;
  renderCalled: boolean;
  error?: LiveError;
  /** Stops what the run started (timers, actors). */
  cleanup: () => void;
}

export interface RunOptions {
  /** Milliseconds a synchronous run (or one timer callback) may spend in loops. Default 1000. */
  budgetMs?: number;
  /** Extra tracked resources: called with a registrar for `stop` callbacks. */
  now?: () => number;
}

/** Runs compiled code with `scope` (names → values). Timers it starts are tracked and stopped by cleanup. */
export function runCompiled(
  js: string,
  scope: Record<string, unknown>,
  { budgetMs = 1000, now = () => Date.now() }: RunOptions = {},
): RunResult {
  const stops: (() => void)[] = [];
  let stopped = false;
  let deadline = now() + budgetMs;
  let count = 0;
  const guard = () => {
    if ((++count & 1023) === 0 && now() > deadline) throw new LoopGuardError(budgetMs);
  };
  const withBudget =
    <A extends unknown[]>(fn: (...a: A) => unknown) =>
    (...a: A) => {
      if (stopped) return undefined;
      deadline = now() + budgetMs;
      return fn(...a);
    };
  const result: RunResult = {
    renderCalled: false,
    cleanup: () => {
      stopped = true;
      for (const s of stops.splice(0)) {
        try {
          s();
        } catch {
          /* already stopped */
        }
      }
    },
  };
  const tracked: Record<string, unknown> = {
    setTimeout: (fn: (...a: unknown[]) => unknown, ms?: number, ...args: unknown[]) => {
      const id = setTimeout(withBudget(fn), ms, ...args);
      stops.push(() => clearTimeout(id));
      return id;
    },
    setInterval: (fn: (...a: unknown[]) => unknown, ms?: number, ...args: unknown[]) => {
      const id = setInterval(withBudget(fn), ms, ...args);
      stops.push(() => clearInterval(id));
      return id;
    },
    clearTimeout,
    clearInterval,
  };
  if (typeof scope.createActor === 'function') {
    const create = scope.createActor as (...a: unknown[]) => { stop?: () => void };
    tracked.createActor = (...a: unknown[]) => {
      const actor = create(...a);
      stops.push(() => actor.stop?.());
      return actor;
    };
  }
  // Time spent inside the scope's functions (the model: simulate, parsePod...) is work, not a stuck
  // loop: it moves the deadline, up to MAX_EXCLUDED_MS, so a loop over a few slow simulations runs
  // to the end on a slow machine while `while (true) simulate(...)` still stops.
  let excluded = 0;
  const timed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(scope)) {
    if (typeof value !== 'function' || !/^[a-z]/.test(name) || /^use[A-Z]/.test(name)) continue;
    const fn = value as (...a: unknown[]) => unknown;
    timed[name] = function (this: unknown, ...a: unknown[]) {
      const t0 = now();
      try {
        return fn.apply(this, a);
      } finally {
        const spent = Math.min(now() - t0, Math.max(0, MAX_EXCLUDED_MS - excluded));
        excluded += spent;
        deadline += spent;
      }
    };
  }
  const full: Record<string, unknown> = {
    ...scope,
    ...timed,
    ...tracked,
    [GUARD_NAME]: guard,
    render: (value: unknown) => {
      result.renderCalled = true;
      result.rendered = value;
    },
  };
  const names = Object.keys(full).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  let fn: (...a: unknown[]) => unknown;
  try {
    fn = new Function(...names, `${js}\n//# sourceURL=${SOURCE_NAME}`) as typeof fn;
  } catch (e) {
    // Syntax acorn accepted but this engine does not (rare): report it as a compile error.
    return { ...result, error: { kind: 'compile', message: (e as Error).message } };
  }
  try {
    fn(...names.map((n) => full[n]));
  } catch (e) {
    result.error = toLiveError(e);
  }
  return result;
}
