/**
 * ```jsx live blocks use the same lazy runner as <LiveExample>, instead of the theme's eager
 * react-live playground (which would put react-live and sucrase on every doc page's first load).
 */
import React from 'react';
import LiveExample from '@site/src/components/LiveExample';

export default function LiveCodeBlock({
  children,
  metastring,
  title,
}: {
  children?: unknown;
  metastring?: string;
  title?: string;
}): React.JSX.Element {
  const code = typeof children === 'string' ? children.replace(/\n$/, '') : '';
  return <LiveExample code={code} title={title} inline={!/\bnoInline\b/.test(metastring ?? '')} />;
}
