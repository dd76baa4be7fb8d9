import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * A terminal-looking box: scrolls horizontally inside itself (a shadow at a clipped edge says so),
 * focusable and named so that keyboards and screen readers reach every column.
 * `wrap`: the content may wrap to the box's width (rows laid out by the caller) instead of being as wide
 * as its longest line.
 */
export function Terminal({
  label,
  command,
  children,
  wrap = false,
}: {
  label: string;
  command: string;
  children: ReactNode;
  wrap?: boolean;
}): React.JSX.Element {
  return (
    <div className={styles.terminal} role="region" aria-label={label} tabIndex={0} data-terminal="">
      <pre className={wrap ? `${styles.terminalPre} ${styles.terminalPreWrap}` : styles.terminalPre}>
        <span className={styles.prompt} aria-hidden="true">
          ${' '}
        </span>
        <span className={styles.command}>{command}</span>
        {'\n'}
        {children}
      </pre>
    </div>
  );
}
