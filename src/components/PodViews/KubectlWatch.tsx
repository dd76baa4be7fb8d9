import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { Simulation } from '@site/src/lifecycle/types';
import { watchTable } from '@site/src/views/watch';
import { useCursor } from './CursorContext';
import { Terminal } from './Terminal';
import styles from './styles.module.css';

/** `kubectl get pod <name> -w`: one line per change, columns aligned like kubectl. */
export default function KubectlWatch({ sim, at }: { sim: Simulation; at?: number }): React.JSX.Element {
  const cursor = useCursor(sim);
  const upTo = at ?? cursor?.time;
  const [header, ...rows] = watchTable(sim.watch, upTo);
  const name = sim.pod.metadata.name ?? 'pod';
  return (
    <Terminal
      label={translate({ id: 'podlab.live.watch.label', message: 'Sortie de kubectl get pod -w' })}
      command={`kubectl get pod ${name} -w`}
    >
      <span className={styles.header}>{header}</span>
      {'\n'}
      {rows.map((r, i) => (
        <React.Fragment key={i}>
          {r}
          {'\n'}
        </React.Fragment>
      ))}
    </Terminal>
  );
}
