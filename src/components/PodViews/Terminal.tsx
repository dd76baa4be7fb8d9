import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

/** A terminal-looking box: scrolls horizontally inside itself, focusable so keyboards can scroll it. */
export function Terminal({
  label,
  command,
  children,
}: {
  label: string;
  command: string;
  children: ReactNode;
}): React.JSX.Element {
  return (
    <div className={styles.terminal} role="region" aria-label={label} tabIndex={0}>
      <pre className={styles.terminalPre}>
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
