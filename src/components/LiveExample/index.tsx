/**
 * <LiveExample code="…" />: an editable, runnable example. Comment lines of the code written as
 * `// fr: …` / `// en: …` pairs are shown in the page's language only (localizeComments, src/views/comments.ts).
 *
 * Loading strategy (a concept page must stay light before interaction):
 * - SSR renders the code and the example's first result (the model is deterministic) through the
 *   lazily imported runner; Docusaurus waits for it (renderToPipeableStream → onAllReady).
 * - On hydration the block keeps that server HTML untouched (an empty dangerouslySetInnerHTML is not
 *   diffed) and loads nothing.
 * - The runner (editor, compiler, model) is imported when the reader points at or focuses the block,
 *   or when it scrolls into view after the reader started interacting with the page.
 * - After a client-side navigation there is no server HTML: the runner loads at once.
 * (Measured and dropped: content-visibility on the blocks not yet live. It skipped half of a page's first
 * layout, but their stand-in height moved the page under axe: Lighthouse accessibility 100 → 93-97.)
 */
import React, { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { onFirstInteraction } from '../firstInteraction';
import { colourCopiedHtml } from '../codeHighlights';
import { localizeComments } from '../../views/comments';
import styles from './styles.module.css';

const LiveRunner = lazy(() => import('./LiveRunner'));

export interface LiveExampleProps {
  code: string;
  title?: string;
  /** The code is a single expression to render (react-live's default mode) instead of calling render(...). */
  inline?: boolean;
}

type Mode = 'server' | 'hydrate' | 'client';

function PlainCode({ code }: { code: string }): React.JSX.Element {
  return (
    <div className={styles.live}>
      <div className={styles.editor}>
        <pre className={styles.editorPre}>{code}</pre>
      </div>
    </div>
  );
}

export default function LiveExample({ code: source, title, inline = false }: LiveExampleProps): React.JSX.Element {
  // One source for both languages: the reader sees the comments of the page's language only.
  const { i18n } = useDocusaurusContext();
  const code = useMemo(() => localizeComments(source, i18n.currentLocale), [source, i18n.currentLocale]);
  const isBrowser = useIsBrowser();
  const [mode] = useState<Mode>(() => (!ExecutionEnvironment.canUseDOM ? 'server' : isBrowser ? 'client' : 'hydrate'));
  const [active, setActive] = useState(mode === 'client');
  const ref = useRef<HTMLDivElement>(null);
  const ssrHtml = useRef('');
  const focusIndex = useRef<number | undefined>(undefined);

  const activate = useCallback(() => {
    if (active || !ref.current) return;
    ssrHtml.current = ref.current.innerHTML;
    const focused = document.activeElement;
    if (focused && ref.current.contains(focused)) {
      const all = [...ref.current.querySelectorAll('pre[tabindex], button, input, summary, [tabindex="0"]')];
      const i = all.indexOf(focused);
      focusIndex.current = i >= 0 ? i : undefined;
    }
    setActive(true);
  }, [active]);

  useEffect(() => {
    if (active || mode !== 'hydrate' || !ref.current) return undefined;
    const el = ref.current;
    let observer: IntersectionObserver | undefined;
    const stop = onFirstInteraction(() => {
      if (typeof IntersectionObserver === 'undefined') {
        activate();
        return;
      }
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) activate();
        },
        { rootMargin: '200px 0px' },
      );
      observer.observe(el);
    });
    return () => {
      stop();
      observer?.disconnect();
    };
  }, [active, mode, activate]);

  const heading = title ? <div className={styles.title}>{title}</div> : null;

  if (mode === 'server') {
    return (
      <div className={styles.root}>
        {heading}
        <div className={styles.slot}>
          {/* No Suspense here: the lazy runner suspends the shell, so React waits and writes the
              result in place (a Suspense boundary this large would be streamed out of order). */}
          <LiveRunner code={code} inline={inline} ssr />
        </div>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {heading}
      {active ? (
        <div className={styles.slot}>
          <Suspense
            fallback={
              mode === 'hydrate' ? (
                <div
                  className={styles.contents}
                  ref={colourCopiedHtml}
                  dangerouslySetInnerHTML={{ __html: ssrHtml.current }}
                />
              ) : (
                <PlainCode code={code} />
              )
            }
          >
            <LiveRunner code={code} inline={inline} restoreFocus={focusIndex.current} />
          </Suspense>
        </div>
      ) : (
        <div
          ref={ref}
          className={styles.slot}
          onPointerEnter={activate}
          onPointerDown={activate}
          onTouchStart={activate}
          onFocus={activate}
          dangerouslySetInnerHTML={{ __html: '' }}
          suppressHydrationWarning
        />
      )}
    </div>
  );
}
