import React, { useId, useMemo } from 'react';
import { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import type { Simulation } from '@site/src/lifecycle/types';
import { machines } from '@site/src/lifecycle';
import {
  activeStates,
  instanceTransitions,
  layoutMachine,
  type DiagramEdge,
  type DiagramNode,
  type MachineLike,
} from '@site/src/views/diagram';
import { useCursor } from './CursorContext';
import styles from './styles.module.css';

type MachineId = keyof typeof machines;

function edgePath(a: DiagramNode, b: DiagramNode, e: DiagramEdge): string {
  if (a.id === b.id) {
    const x = a.x + a.width;
    return `M${x - 6},${a.y} C${x + 22},${a.y - 14} ${x + 22},${a.y + a.height + 14} ${x - 6},${a.y + a.height}`;
  }
  if (!e.back) {
    const x1 = a.x + a.width / 2,
      y1 = a.y + a.height,
      x2 = b.x + b.width / 2,
      y2 = b.y;
    const my = (y1 + y2) / 2;
    return `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2}`;
  }
  // Back or same-layer edge: leave from a side and arc around.
  const leftward = b.x + b.width / 2 < a.x + a.width / 2;
  const x1 = leftward ? a.x : a.x + a.width,
    y1 = a.y + a.height / 2 - 5;
  const x2 = leftward ? b.x + b.width : b.x,
    y2 = b.y + b.height / 2 + 5;
  const bend = a.layer === b.layer ? -30 : 0;
  return `M${x1},${y1} C${(x1 + x2) / 2},${y1 + bend - 10} ${(x1 + x2) / 2},${y2 + bend - 10} ${x2},${y2}`;
}

/**
 * A state diagram drawn from the model's xstate machine (`machines[machine].config`), laid out in
 * layers. With `sim`, the state of one instance (`instance`, e.g. `container/app`) is lit at the
 * cursor (or `at`), and the transitions already taken are drawn bolder.
 */
export default function StateDiagram({
  machine,
  sim,
  instance,
  at,
}: {
  machine: MachineId | string;
  sim?: Simulation;
  instance?: string;
  at?: number;
}): React.JSX.Element {
  const def = (machines as Record<string, MachineLike | undefined>)[machine];
  const cursor = useCursor(sim);
  const markerId = useId().replace(/:/g, '');
  const layout = useMemo(() => (def ? layoutMachine(def) : undefined), [def]);
  if (!def || !layout) {
    return (
      <p
        className={styles.note}
      >{`StateDiagram: unknown machine "${machine}" (${Object.keys(machines).join(', ')})`}</p>
    );
  }
  const t = at ?? cursor?.time ?? sim?.endTime ?? 0;
  const { active, travelled } = activeStates(
    layout,
    sim ? instanceTransitions(sim, (def.config as { id?: string }).id ?? machine, instance, t) : [],
  );
  const current = [...active.values()].join(' / ');
  const label = sim
    ? translate(
        {
          id: 'podlab.live.diagram.labelCurrent',
          message: 'Diagramme d\u2019états de la machine {machine}, état courant : {state}',
        },
        { machine, state: current },
      )
    : translate(
        { id: 'podlab.live.diagram.label', message: 'Diagramme d\u2019états de la machine {machine}' },
        { machine },
      );
  const pad = 30;
  return (
    <figure className={styles.diagram}>
      <div className={styles.svgScroll} role="region" aria-label={label} tabIndex={0}>
        <svg
          viewBox={`-6 0 ${layout.width + pad + 12} ${layout.height}`}
          className={styles.diagramSvg}
          style={{ minWidth: Math.min(layout.width + pad, 720) }}
          role="img"
          aria-label={label}
        >
          <defs>
            <marker
              id={`${markerId}a`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className={styles.arrow} />
            </marker>
          </defs>
          {layout.regions.map((r) => {
            const byId = new Map(r.nodes.map((n) => [n.id, n]));
            // Event names only where they stay readable (small machines); always in each edge's tooltip.
            const showLabels = r.edges.length <= 6;
            return (
              <g key={r.name} transform={`translate(${r.x},${r.y})`}>
                {layout.regions.length > 1 && (
                  <rect className={styles.region} x={1} y={1} width={r.width - 2} height={r.height - 2} rx={8} />
                )}
                <text className={styles.regionLabel} x={10} y={16}>
                  {r.name}
                </text>
                {r.edges.map((e) => {
                  const a = byId.get(e.from),
                    b = byId.get(e.to);
                  if (!a || !b) return null;
                  const done = travelled.has(`${r.name}:${e.from}\u2192${e.to}`);
                  const d = edgePath(a, b, e);
                  return (
                    <g key={`${e.from}>${e.to}`} className={clsx(styles.edge, done && styles.edgeDone)}>
                      <title>{`${e.from} → ${e.to}: ${e.events.join(', ')}`}</title>
                      <path d={d} markerEnd={`url(#${markerId}a)`} />
                      {showLabels && e.from !== e.to && (
                        <text x={(a.x + a.width / 2 + b.x + b.width / 2) / 2 + 4} y={(a.y + a.height + b.y) / 2 + 3}>
                          {e.events.join(', ')}
                        </text>
                      )}
                    </g>
                  );
                })}
                {r.nodes.map((n) => {
                  const on = active.get(r.name) === n.id;
                  return (
                    <g
                      key={n.id}
                      className={clsx(styles.node, on && styles.nodeActive, n.final && styles.nodeFinal)}
                      aria-current={on ? 'step' : undefined}
                    >
                      {n.initial && <circle className={styles.initialDot} cx={n.x - 8} cy={n.y + n.height / 2} r={4} />}
                      <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={n.final ? 14 : 6} />
                      <text x={n.x + n.width / 2} y={n.y + n.height / 2 + 4} textAnchor="middle">
                        {n.id}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      {sim && <figcaption className={styles.caption}>{label}</figcaption>}
    </figure>
  );
}
