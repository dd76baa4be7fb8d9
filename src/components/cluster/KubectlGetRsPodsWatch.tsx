import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { ClusterSimulation, ClusterWatchLine } from '@site/src/cluster/types';
import { clusterWatchText, watchCommand, watchKinds } from './watch';
import styles from './styles.module.css';

/**
 * `kubectl get rs,pods -w` (or `sts,pods`): one line per change of a ReplicaSet or a Pod. The virtual time of
 * each line is shown in a grey gutter that kubectl does not print.
 */
export default function KubectlGetRsPodsWatch({
  sim,
  at,
  kinds,
  showTime = true,
}: {
  sim: ClusterSimulation;
  at?: number;
  kinds?: ClusterWatchLine['kind'][];
  showTime?: boolean;
}): React.JSX.Element {
  const ks = kinds ?? watchKinds(sim);
  const lines = clusterWatchText(sim, at, ks);
  const width = String(Math.round(sim.endTime)).length + 1;
  return (
    <div
      className={styles.terminal}
      role="region"
      tabIndex={0}
      aria-label={translate({ id: 'podlab.cluster.watch.label', message: 'Sortie de kubectl get rs,pods -w' })}
    >
      <pre className={styles.terminalPre}>
        <span className={styles.prompt} aria-hidden="true">
          ${' '}
        </span>
        <span className={styles.command}>{watchCommand(ks)}</span>
        {'\n'}
        {lines.map((l, i) => (
          <React.Fragment key={i}>
            {showTime && (
              <span className={styles.time} aria-hidden="true">
                {l.time === undefined
                  ? ' '.repeat(width + 2)
                  : `${String(Math.round(l.time)).padStart(width - 1)}s `}{' '}
              </span>
            )}
            <span className={l.header ? styles.header : undefined}>{l.text}</span>
            {'\n'}
          </React.Fragment>
        ))}
      </pre>
    </div>
  );
}
