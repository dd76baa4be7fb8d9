import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { Simulation } from '@site/src/lifecycle/types';
import { describeEvents } from '@site/src/views/events';
import { useCursor } from './CursorContext';
import { Terminal } from './Terminal';
import styles from './styles.module.css';

/**
 * The Events section of `kubectl describe pod`, seen at virtual time `at` (default: the end or the cursor).
 * Each row is the aligned columns Type to From, then the Message, which wraps under its own column
 * (hanging indent) instead of running off the box: the whole message is readable at laptop width, and on a
 * phone the box scrolls sideways down to a Message column of at least 28 characters.
 */
export default function KubectlEvents({ sim, at }: { sim: Simulation; at?: number }): React.JSX.Element {
  const cursor = useCursor(sim);
  const now = at ?? cursor?.time ?? sim.endTime;
  const lines = describeEvents(sim.events, now);
  const name = sim.pod.metadata.name ?? 'pod';
  const messageAt = lines.length > 1 ? lines[1].indexOf('Message') : -1;
  return (
    <Terminal
      label={translate({ id: 'podlab.live.events.label', message: 'Événements (kubectl describe pod)' })}
      command={`kubectl describe pod ${name}  # Events`}
      wrap={messageAt > 0}
    >
      {lines.map((l, i) => {
        const cls = i === 1 ? styles.header : l.startsWith('  Warning') ? styles.warning : undefined;
        if (i === 0 || messageAt <= 0)
          return (
            <React.Fragment key={i}>
              <span className={cls}>{l}</span>
              {'\n'}
            </React.Fragment>
          );
        return (
          <span key={i} className={`${styles.eventRow} ${cls ?? ''}`} data-event-row="">
            <span className={styles.eventColumns}>{l.slice(0, messageAt)}</span>
            <span className={styles.eventMessage}>{l.slice(messageAt)}</span>
          </span>
        );
      })}
    </Terminal>
  );
}
