import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { Simulation } from '@site/src/lifecycle/types';
import { describeEvents } from '@site/src/views/events';
import { useCursor } from './CursorContext';
import { Terminal } from './Terminal';
import styles from './styles.module.css';

/** The Events section of `kubectl describe pod`, seen at virtual time `at` (default: the end or the cursor). */
export default function KubectlEvents({ sim, at }: { sim: Simulation; at?: number }): React.JSX.Element {
  const cursor = useCursor(sim);
  const now = at ?? cursor?.time ?? sim.endTime;
  const lines = describeEvents(sim.events, now);
  const name = sim.pod.metadata.name ?? 'pod';
  return (
    <Terminal
      label={translate({ id: 'podlab.live.events.label', message: 'Événements (kubectl describe pod)' })}
      command={`kubectl describe pod ${name}  # Events`}
    >
      {lines.map((l, i) => (
        <React.Fragment key={i}>
          {i === 1 ? (
            <span className={styles.header}>{l}</span>
          ) : l.startsWith('  Warning') ? (
            <span className={styles.warning}>{l}</span>
          ) : (
            l
          )}
          {'\n'}
        </React.Fragment>
      ))}
    </Terminal>
  );
}
