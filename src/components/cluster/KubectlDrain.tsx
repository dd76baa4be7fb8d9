import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { ClusterSimulation } from '@site/src/cluster/types';
import { drainText } from './watch';
import styles from './styles.module.css';

/** What `kubectl drain <node>` printed (stderr in amber), with the virtual time in a grey gutter. */
export default function KubectlDrain({
  sim,
  node,
  at,
}: {
  sim: ClusterSimulation;
  node?: string;
  at?: number;
}): React.JSX.Element {
  const target = node ?? sim.drain[0]?.node ?? sim.nodeNames[0];
  const lines = drainText(sim, target, at);
  const width = String(Math.round(sim.endTime)).length;
  return (
    <div
      className={styles.terminal}
      role="region"
      tabIndex={0}
      aria-label={translate({ id: 'podlab.cluster.drain.label', message: 'Sortie de kubectl drain' })}
    >
      <pre className={styles.terminalPre}>
        <span className={styles.prompt} aria-hidden="true">
          ${' '}
        </span>
        <span className={styles.command}>{`kubectl drain ${target} --ignore-daemonsets`}</span>
        {'\n'}
        {lines.map((l, i) => (
          <React.Fragment key={i}>
            <span className={styles.time} aria-hidden="true">{`${String(Math.round(l.time)).padStart(width)}s  `}</span>
            <span className={l.stderr ? styles.stderr : undefined}>{l.text}</span>
            {'\n'}
          </React.Fragment>
        ))}
      </pre>
    </div>
  );
}
