import React, { useId, useState } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import type { ClusterSimulation, PodState } from '@site/src/cluster/types';
import { statusTone } from './watch';
import styles from './styles.module.css';

function shortName(p: PodState): string {
  return p.name;
}

function PodChip({ p }: { p: PodState }): React.JSX.Element {
  const tone = statusTone(p.status, p.isReady);
  return (
    <li className={clsx(styles.pod, styles[tone])} title={`${p.name} · uid ${p.uid}`}>
      {shortName(p)}
      <span className={styles.podStatus}>
        {p.ready} {p.status}
      </span>
    </li>
  );
}

/**
 * The cluster at a time cursor: one column per node with its Pods (coloured by kubectl STATUS and
 * readiness), then the ReplicaSets (hash, revision, counts), StatefulSets and PodDisruptionBudgets.
 */
export default function ClusterView({
  sim,
  at,
  slider = true,
}: {
  sim: ClusterSimulation;
  at?: number;
  slider?: boolean;
}): React.JSX.Element {
  const times = sim.times.length ? sim.times : [0];
  const initial = at ?? sim.endTime;
  let startIndex = 0;
  times.forEach((t, i) => {
    if (t <= initial) startIndex = i;
  });
  const [index, setIndex] = useState(startIndex);
  const time = at !== undefined && !slider ? at : times[Math.min(index, times.length - 1)];
  const state = sim.stateAt(time);
  const id = useId();
  const unscheduled = state.pods.filter((p) => !p.node);
  const label = translate({ id: 'podlab.cluster.view.label', message: 'État du cluster' });
  return (
    <section className={styles.cluster} aria-label={label}>
      {slider && (
        <div className={styles.controls}>
          <label htmlFor={id}>{translate({ id: 'podlab.cluster.view.time', message: 'Temps' })}</label>
          <input
            id={id}
            className={styles.slider}
            type="range"
            min={0}
            max={times.length - 1}
            step={1}
            value={Math.min(index, times.length - 1)}
            onChange={(e) => setIndex(Number(e.target.value))}
            aria-valuetext={`t = ${time} s`}
          />
          <output className={styles.timeOut} htmlFor={id}>
            t = {time} s
          </output>
        </div>
      )}
      <div className={styles.nodes}>
        {state.nodes.map((n) => {
          const pods = state.pods.filter((p) => p.node === n.name);
          const ready = n.conditions[0]?.status === 'True';
          return (
            <div
              key={n.name}
              className={clsx(styles.node, !ready && styles.nodeDown, n.unschedulable && styles.nodeCordoned)}
            >
              <div className={styles.nodeName}>{n.name}</div>
              <div className={styles.nodeStatus}>{n.status}</div>
              {n.taints.map((t) => (
                <div key={`${t.key}:${t.effect}`} className={styles.taint}>{`${t.key}:${t.effect}`}</div>
              ))}
              <ul className={styles.pods}>
                {pods.map((p) => (
                  <PodChip key={p.uid} p={p} />
                ))}
              </ul>
            </div>
          );
        })}
        {unscheduled.length > 0 && (
          <div className={styles.node}>
            <div className={styles.nodeName}>
              {translate({ id: 'podlab.cluster.view.unscheduled', message: 'Non planifiés' })}
            </div>
            <div className={styles.nodeStatus}>spec.nodeName: —</div>
            <ul className={styles.pods}>
              {unscheduled.map((p) => (
                <PodChip key={p.uid} p={p} />
              ))}
            </ul>
          </div>
        )}
      </div>
      {state.replicaSets.length > 0 && (
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="ReplicaSets">
          <table className={styles.table}>
            <thead>
              <tr>
                <th>ReplicaSet</th>
                <th>pod-template-hash</th>
                <th>revision</th>
                <th>DESIRED</th>
                <th>CURRENT</th>
                <th>READY</th>
                <th>image</th>
              </tr>
            </thead>
            <tbody>
              {state.replicaSets.map((r) => (
                <tr key={r.uid}>
                  <td className={styles.mono}>{r.name}</td>
                  <td className={styles.mono}>{r.hash ?? ''}</td>
                  <td>{r.revision ?? ''}</td>
                  <td>{r.desired}</td>
                  <td>{r.current}</td>
                  <td>{r.ready}</td>
                  <td className={styles.mono}>{r.image}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.statefulSets.length > 0 && (
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="StatefulSets">
          <table className={styles.table}>
            <thead>
              <tr>
                <th>StatefulSet</th>
                <th>replicas</th>
                <th>current</th>
                <th>READY</th>
              </tr>
            </thead>
            <tbody>
              {state.statefulSets.map((s) => (
                <tr key={s.name}>
                  <td className={styles.mono}>{s.name}</td>
                  <td>{s.replicas}</td>
                  <td>{s.current}</td>
                  <td>
                    {s.ready}/{s.replicas}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.podDisruptionBudgets.length > 0 && (
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="PodDisruptionBudgets">
          <table className={styles.table}>
            <thead>
              <tr>
                <th>PodDisruptionBudget</th>
                <th>spec</th>
                <th>currentHealthy</th>
                <th>desiredHealthy</th>
                <th>expectedPods</th>
                <th>disruptionsAllowed</th>
              </tr>
            </thead>
            <tbody>
              {state.podDisruptionBudgets.map((b) => (
                <tr key={b.name}>
                  <td className={styles.mono}>{b.name}</td>
                  <td className={styles.mono}>
                    {b.minAvailable !== undefined
                      ? `minAvailable: ${b.minAvailable}`
                      : b.maxUnavailable !== undefined
                        ? `maxUnavailable: ${b.maxUnavailable}`
                        : ''}
                  </td>
                  <td>{b.currentHealthy}</td>
                  <td>{b.desiredHealthy}</td>
                  <td>{b.expectedPods}</td>
                  <td>{b.disruptionsAllowed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul className={styles.legend} aria-label={translate({ id: 'podlab.cluster.view.legend', message: 'Légende' })}>
        <li>
          <span className={clsx(styles.swatch, styles.ready)} />
          {translate({ id: 'podlab.cluster.view.legend.ready', message: 'Running, prêt (Ready)' })}
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.running)} />
          {translate({ id: 'podlab.cluster.view.legend.running', message: 'Running, non prêt' })}
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.waiting)} />
          Pending / ContainerCreating
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.terminating)} />
          Terminating
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.failed)} />
          Error / BackOff
        </li>
      </ul>
    </section>
  );
}
