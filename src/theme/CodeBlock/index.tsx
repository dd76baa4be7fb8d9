/**
 * Code blocks as server-rendered islands. The HTML written at build time is already coloured (one text
 * node per line, colours painted as CSS highlights: see CodeBlock/Line and codeHighlights.ts);
 * on page load it is kept as is (an empty dangerouslySetInnerHTML is not diffed) and Prism is not
 * loaded. The theme's block (copy and wrap buttons) takes over when the reader points at or focuses
 * the block, or first interacts with the page. The server HTML carries the light theme's colours, so
 * in dark mode the block takes over at once (as the stock theme re-renders every block after
 * hydration). After a client-side navigation there is no server HTML: the block renders as plain text
 * until Prism arrives.
 */
import React, { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { Props } from '@theme/CodeBlock';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { onFirstInteraction } from '@site/src/components/firstInteraction';
import { colourCopiedHtml } from '@site/src/components/codeHighlights';
import { PlainCodeLines } from './Line';

const Highlighted = lazy(() => import('./Highlighted'));

type Mode = 'server' | 'hydrate' | 'client';

function PlainCode({ children }: { children: Props['children'] }): React.JSX.Element {
  return (
    <pre className="prism-code">
      <code>{children}</code>
    </pre>
  );
}

export default function CodeBlock(props: Props): React.JSX.Element {
  const isBrowser = useIsBrowser();
  const [mode] = useState<Mode>(() => (!ExecutionEnvironment.canUseDOM ? 'server' : isBrowser ? 'client' : 'hydrate'));
  const [active, setActive] = useState(mode === 'client');
  const ref = useRef<HTMLDivElement>(null);
  const serverHtml = useRef('');

  const activate = (): void => {
    if (!ref.current) return;
    serverHtml.current = ref.current.innerHTML;
    setActive(true);
  };

  useEffect(() => {
    if (active || mode !== 'hydrate') return undefined;
    if (document.documentElement.dataset.theme === 'dark') {
      activate();
      return undefined;
    }
    return onFirstInteraction(activate);
  }, [active, mode]);

  // No Suspense on the server: the lazy block suspends the shell and React writes it in place.
  if (mode === 'server') {
    return (
      <div data-code-island="">
        <PlainCodeLines.Provider value>
          <Highlighted {...props} />
        </PlainCodeLines.Provider>
      </div>
    );
  }
  if (!active) {
    return (
      <div
        ref={ref}
        data-code-island=""
        onPointerEnter={activate}
        onFocus={activate}
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
      />
    );
  }
  return (
    <div data-code-island="">
      <Suspense
        fallback={
          mode === 'hydrate' ? (
            <div
              style={{ display: 'contents' }}
              ref={colourCopiedHtml}
              dangerouslySetInnerHTML={{ __html: serverHtml.current }}
            />
          ) : (
            <PlainCode>{props.children}</PlainCode>
          )
        }
      >
        <Highlighted {...props} />
      </Suspense>
    </div>
  );
}
