/**
 * The heavy half of <LiveExample> (editor, compiler, model, views), loaded lazily: during SSR it
 * renders the example's code and first result as static HTML; in the browser it adds the editor.
 */
import React, {
  Component,
  isValidElement,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { Highlight } from 'prism-react-renderer';
import { encodeHighlights, tokenHighlight } from '@site/src/components/codeHighlights';
import { Editor } from 'react-live';
import scope from '@theme/ReactLiveScope';
import { compileExample, runCompiled, toLiveError, type LiveError, type RunResult } from '@site/src/views/live';
import { FieldErrorLine, podLabLeadIn } from './errorChrome';
import styles from './styles.module.css';

const DEBOUNCE_MS = 120;
const NO_THEME = { plain: {}, styles: [] };
const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

interface Run {
  id: number;
  code: string;
  result: RunResult;
  compileError?: LiveError;
  startedAt: number;
}

let runIds = 0;
const noop = () => 0;
/** Timers are inert during SSR so the build never waits on them. */
const SSR_TIMERS = {
  setTimeout: noop,
  setInterval: noop,
  clearTimeout: noop,
  clearInterval: noop,
  requestAnimationFrame: noop,
};

function execute(code: string, inline: boolean, ssr: boolean): Run {
  const startedAt = typeof performance !== 'undefined' ? performance.now() : 0;
  const compiled = compileExample(code, { inline });
  const id = ++runIds;
  if (!compiled.ok)
    return {
      id,
      code,
      startedAt,
      compileError: compiled.error,
      result: { renderCalled: false, cleanup: () => undefined },
    };
  const result = runCompiled(compiled.js, ssr ? { ...scope, ...SSR_TIMERS } : scope);
  if (ssr) result.cleanup();
  return { id, code, startedAt, result };
}

function ErrorBox({ error }: { error: LiveError }): React.JSX.Element {
  const leadIn = error.kind === 'runtime' ? podLabLeadIn(error.podLabKind) : undefined;
  const title =
    error.kind === 'compile'
      ? translate({ id: 'podlab.live.error.compile', message: 'Erreur de compilation' })
      : error.kind === 'timeout'
        ? translate({ id: 'podlab.live.error.timeout', message: 'Boucle infinie arrêtée' })
        : (leadIn ?? translate({ id: 'podlab.live.error.runtime', message: 'Erreur d\u2019exécution' }));
  const fields = error.fieldErrors ?? [];
  return (
    <div className={styles.error} data-live-error={error.kind} data-podlab-error={error.podLabKind}>
      <strong>{title}</strong>
      {leadIn && fields.length === 1 && fields[0].field && (
        <>
          {' \u2014 '}
          <code>{fields[0].field}</code>
        </>
      )}
      {error.line !== undefined && (
        <span className={styles.errorWhere}>
          {' '}
          {error.column !== undefined
            ? translate(
                { id: 'podlab.live.error.lineColumn', message: '(ligne {line}, colonne {column})' },
                { line: error.line, column: error.column },
              )
            : translate({ id: 'podlab.live.error.line', message: '(ligne {line})' }, { line: error.line })}
        </span>
      )}
      {/* Compiler, engine and API server messages are English: say so to screen readers. */}
      <pre className={styles.errorMessage} lang={error.kind === 'timeout' ? undefined : 'en'}>
        {error.kind === 'timeout'
          ? translate({
              id: 'podlab.live.error.timeoutMessage',
              message:
                'L\u2019exemple tournait encore après 1 s : une boucle ne se termine sans doute pas. Il a été arrêté ; la page reste utilisable.',
            })
          : error.message}
      </pre>
      {fields.length > 0 && (
        <ul className={styles.fieldErrors}>
          {fields.map((f, i) => (
            <li key={i}>
              <FieldErrorLine field={f.field} message={f.message} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Catches errors thrown while rendering what the example passed to render(...). */
class ResultBoundary extends Component<{ children: ReactNode; runId: number }, { error?: LiveError; runId: number }> {
  state: { error?: LiveError; runId: number } = { runId: this.props.runId };
  static getDerivedStateFromError(e: unknown) {
    return { error: toLiveError(e) };
  }
  // A new run clears the error without remounting: React then patches the previous result's DOM,
  // which is much cheaper than rebuilding it on every keystroke.
  static getDerivedStateFromProps(props: { runId: number }, state: { runId: number }) {
    return props.runId !== state.runId ? { error: undefined, runId: props.runId } : null;
  }
  render() {
    return this.state.error ? <ErrorBox error={this.state.error} /> : this.props.children;
  }
}

function Output({ run }: { run: Run }): React.JSX.Element {
  if (run.compileError) return <ErrorBox error={run.compileError} />;
  const { result } = run;
  if (result.error) return <ErrorBox error={result.error} />;
  const value = result.rendered;
  if (!result.renderCalled || value === undefined || value === null || value === false) {
    return (
      <p className={styles.nothing}>
        <Translate id="podlab.live.nothing">
          {'L\u2019exemple n\u2019a rien affiché (il doit se terminer par render(...)).'}
        </Translate>
      </p>
    );
  }
  let node: ReactNode;
  if (isValidElement(value)) node = value;
  else if (typeof value === 'function') node = React.createElement(value as React.ComponentType);
  else if (typeof value === 'string' || typeof value === 'number')
    node = <pre className={styles.plain}>{String(value)}</pre>;
  else node = React.createElement(scope.Value as React.ComponentType<{ value: unknown }>, { value });
  return <ResultBoundary runId={run.id}>{node}</ResultBoundary>;
}

/**
 * The code as the editor draws it, without the editor (SSR and before the editor loads): one text node,
 * coloured by CSS highlights (see codeHighlights.ts). A page carries several examples: an element per
 * token made up a third of the elements of its first layout.
 */
export function StaticCode({ code }: { code: string }): React.JSX.Element {
  return (
    <div className={styles.editor}>
      <Highlight code={code} language="tsx" theme={NO_THEME}>
        {({ className, tokens }) => {
          const parts = tokens.flatMap((line, i) => [
            ...(i > 0 ? [{ text: '\n' }] : []),
            ...line.map((token) => ({ text: token.content, name: tokenHighlight(token.types) })),
          ]);
          return (
            <pre
              className={`${className} ${styles.editorPre}`}
              tabIndex={0}
              data-hl={encodeHighlights(parts) || undefined}
            >
              {parts.map((p) => p.text).join('')}
            </pre>
          );
        }}
      </Highlight>
    </div>
  );
}

declare global {
  interface Window {
    __podlabLive?: { renders: { ms: number; id: number }[] };
  }
}

export interface LiveRunnerProps {
  code: string;
  inline?: boolean;
  /** Server rendering: no editor, timers inert. */
  ssr?: boolean;
  /** Index of the focusable element that had focus in the static HTML, to restore it. */
  restoreFocus?: number;
}

export default function LiveRunner({
  code: initialCode,
  inline = false,
  ssr = false,
  restoreFocus,
}: LiveRunnerProps): React.JSX.Element {
  const [code, setCode] = useState(initialCode);
  const [run, setRun] = useState<Run>(() => execute(initialCode, inline, ssr));
  const [copied, setCopied] = useState(false);
  const [escaped, setEscaped] = useState(false);
  // A ref as well: Escape and Tab can arrive before React re-renders with the new state.
  const escapedRef = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const firstRun = useRef(run.id);

  // Re-run after a pause in typing; the previous run's timers and actors are stopped first.
  useEffect(() => {
    if (ssr || code === run.code) return undefined;
    const id = setTimeout(() => setRun(execute(code, inline, false)), DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [code, run.code, inline, ssr]);
  useEffect(() => () => run.result.cleanup(), [run]);

  // Time from the start of a run to its result on screen, for scripts/measure.mjs.
  useIsoLayoutEffect(() => {
    if (ssr || typeof window === 'undefined') return;
    const ms = performance.now() - run.startedAt;
    rootRef.current?.setAttribute('data-render-ms', ms.toFixed(2));
    (window.__podlabLive ??= { renders: [] }).renders.push({ ms, id: run.id });
  }, [run, ssr]);

  // The editor is a contenteditable <pre>: give it a role, a name and the keyboard hint.
  useEffect(() => {
    const pre = rootRef.current?.querySelector<HTMLElement>('[data-live-editor] pre');
    if (!pre) return;
    pre.setAttribute('role', 'textbox');
    pre.setAttribute('aria-multiline', 'true');
    pre.setAttribute(
      'aria-label',
      translate({ id: 'podlab.live.editor.label', message: 'Code de l\u2019exemple, modifiable' }),
    );
    pre.setAttribute('aria-describedby', hintId);
    pre.setAttribute('tabindex', '0');
  }, [hintId, ssr]);

  useEffect(() => {
    if (restoreFocus === undefined || !rootRef.current) return;
    const focusables = rootRef.current.querySelectorAll<HTMLElement>(
      'pre[tabindex], button, input, summary, [tabindex="0"]',
    );
    focusables[Math.min(restoreFocus, focusables.length - 1)]?.focus();
  }, [restoreFocus]);

  const onKeyDownCapture = useCallback((e: React.KeyboardEvent) => {
    const setBoth = (value: boolean) => {
      escapedRef.current = value;
      setEscaped(value);
    };
    if (e.key === 'Escape') {
      setBoth(true);
      return;
    }
    // After Escape, Tab leaves the editor instead of indenting: keep the editor's own handler away.
    if (e.key === 'Tab' && escapedRef.current) {
      e.stopPropagation();
      setBoth(false);
      return;
    }
    if (e.key !== 'Shift') setBoth(false);
  }, []);

  // The editor re-renders only when its code changes: on every other render use-editable would put
  // the caret back, and so the focus, into the editor that a keyboard user has just left.
  const editor = useMemo(
    () => <Editor code={code} language="tsx" theme={NO_THEME} onChange={setCode} className={styles.editorInner} />,
    [code],
  );

  const reset = () => {
    setCode(initialCode);
    setRun(execute(initialCode, inline, false));
  };
  const copy = () => {
    void navigator.clipboard?.writeText(code).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => undefined,
    );
  };

  return (
    <div ref={rootRef} className={styles.live} data-live-example="" data-live-ready={ssr ? undefined : ''}>
      <div className={styles.toolbar}>
        <span className={styles.badge}>
          <Translate id="podlab.live.badge">Exemple exécutable</Translate>
        </span>
        <span className={styles.spacer} />
        <button type="button" className={styles.button} onClick={reset} data-live-reset="">
          <Translate id="podlab.live.reset">Réinitialiser</Translate>
        </button>
        <button type="button" className={styles.button} onClick={copy} data-live-copy="">
          {copied ? (
            <Translate id="podlab.live.copied">Copié</Translate>
          ) : (
            <Translate id="podlab.live.copy">Copier</Translate>
          )}
        </button>
      </div>
      {ssr ? (
        <StaticCode code={code} />
      ) : (
        <div className={styles.editor} data-live-editor="" onKeyDownCapture={onKeyDownCapture}>
          {editor}
        </div>
      )}
      <p id={hintId} className={styles.hint}>
        {escaped ? (
          <Translate id="podlab.live.editor.escaped">Tab quitte maintenant l&apos;éditeur.</Translate>
        ) : (
          <Translate id="podlab.live.editor.hint">
            Modifiez le code : le résultat se met à jour. Tab indente ; Échap puis Tab sort de l&apos;éditeur.
          </Translate>
        )}
      </p>
      <p className={styles.srOnly} role="status">
        {ssr || run.id === firstRun.current
          ? ''
          : run.compileError || run.result.error
            ? translate({ id: 'podlab.live.status.error', message: 'Le résultat contient une erreur.' })
            : translate({ id: 'podlab.live.status.updated', message: 'Résultat mis à jour.' })}
      </p>
      <div className={styles.result} data-live-result="">
        <div className={styles.resultLabel}>
          <Translate id="podlab.live.result">Résultat</Translate>
        </div>
        <Output run={run} />
      </div>
    </div>
  );
}
