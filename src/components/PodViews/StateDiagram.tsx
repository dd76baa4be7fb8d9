import React, { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import type { Simulation } from '@site/src/lifecycle/types';
import { activeStates, instanceTransitions, type DrawnMachine } from '@site/src/views/diagram';
import { diagramMachines, diagramSizes, loadDiagram, loadedDiagram } from '@site/src/views/diagrams';
import { useCursor } from './CursorContext';
import styles from './styles.module.css';

/** Edge label lines: 10 px monospace, 12 px apart (as src/views/diagramLayout.ts sized them). */
const LINE_H = 12;

/**
 * The layout of `machine`, loaded (once per page) when a diagram of it is first shown: at once, or,
 * inside a folded `<details>` (SimulationView), when the reader opens it.
 */
function useDrawn(machine: string, where: RefObject<HTMLElement | null>): DrawnMachine | undefined {
  const [state, setState] = useState(() => ({ machine, drawn: loadedDiagram(machine) }));
  const current = state.machine === machine ? state : { machine, drawn: loadedDiagram(machine) };
  if (current !== state) setState(current);
  useEffect(() => {
    if (current.drawn || !machine) return undefined;
    let live = true;
    const load = () =>
      loadDiagram(machine).then(
        (drawn) => live && drawn && setState({ machine, drawn }),
        () => undefined, // a failed chunk load leaves the placeholder
      );
    const details = where.current?.closest('details');
    const onToggle = () => {
      if (details?.open) void load();
    };
    if (details && !details.open) details.addEventListener('toggle', onToggle);
    else void load();
    return () => {
      live = false;
      details?.removeEventListener('toggle', onToggle);
    };
  }, [machine, current.drawn, where]);
  return current.drawn;
}

/**
 * A state diagram of one of the model's xstate machines (`pod`, `container`, `probe`, `backoff`, `node`).
 * The layout was computed at build time (src/views/diagramLayout.ts): states in layers, every edge
 * routed around the states and its events written beside it; the browser only draws it. With `sim`,
 * the state of one instance (`instance`, e.g. `container/app`) is lit at the cursor (or `at`), with the
 * states visited and the transitions taken so far: moving the cursor only changes classes.
 */
export default function StateDiagram({
  machine,
  sim,
  instance,
  at,
}: {
  machine: string;
  sim?: Simulation;
  instance?: string;
  at?: number;
}): React.JSX.Element {
  const known = diagramMachines.includes(machine);
  const figure = useRef<HTMLElement>(null);
  const drawn = useDrawn(known ? machine : '', figure);
  const cursor = useCursor(sim);
  const markerId = useId().replace(/:/g, '');
  if (!known) {
    return (
      <p className={styles.note}>{`StateDiagram: unknown machine "${machine}" (${diagramMachines.join(', ')})`}</p>
    );
  }
  const t = at ?? cursor?.time ?? sim?.endTime ?? 0;
  const transitions = sim && drawn ? instanceTransitions(sim, drawn.id, instance, t) : [];
  const { active, travelled } = drawn
    ? activeStates(drawn, transitions)
    : { active: new Map<string, string>(), travelled: new Set<string>() };
  const visited = new Set(transitions.flatMap((tr) => tr.to.split('/')));
  const current = [...active.values()].join(' / ');
  const label =
    sim && drawn
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
  const [w, h] = drawn ? [drawn.width, drawn.height] : (diagramSizes[machine] ?? [400, 300]);
  return (
    <figure className={styles.diagram} data-diagram={machine} data-ready={drawn ? '' : undefined} ref={figure}>
      <div className={styles.svgScroll} role="region" aria-label={label} tabIndex={0}>
        {!drawn ? (
          <div
            className={styles.diagramPlaceholder}
            style={{ aspectRatio: `${w} / ${h}`, minWidth: Math.min(w, 720), maxWidth: w }}
          />
        ) : (
          <svg
            viewBox={`0 0 ${w} ${h}`}
            className={styles.diagramSvg}
            style={{ minWidth: Math.min(w, 720), maxWidth: w }}
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
            {drawn.regions.map((r) => (
              <g key={r.name} transform={`translate(${r.x},${r.y})`}>
                {drawn.regions.length > 1 && (
                  <rect className={styles.region} x={1} y={1} width={r.width - 2} height={r.height - 2} rx={8} />
                )}
                <text className={styles.regionLabel} x={10} y={16}>
                  {r.name}
                </text>
                {r.edges.map((e) => {
                  const done = travelled.has(`${r.name}:${e.from}\u2192${e.to}`);
                  return (
                    <g key={`${e.from}>${e.to}`} className={clsx(styles.edge, done && styles.edgeDone)}>
                      <title>{`${e.from} → ${e.to}: ${e.events.join(', ')}`}</title>
                      <path d={e.d} markerEnd={`url(#${markerId}a)`} />
                      <text data-edge-label="">
                        {e.events.map((ev, i) => (
                          <tspan key={ev} x={e.label[0] + 2} y={e.label[1] + 11 + i * LINE_H}>
                            {ev}
                          </tspan>
                        ))}
                      </text>
                    </g>
                  );
                })}
                {r.nodes.map((n) => {
                  const on = active.get(r.name) === n.id;
                  return (
                    <g
                      key={n.id}
                      className={clsx(
                        styles.node,
                        on && styles.nodeActive,
                        !on && visited.has(n.id) && styles.nodeVisited,
                        n.final && styles.nodeFinal,
                      )}
                      data-state={n.id}
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
            ))}
          </svg>
        )}
      </div>
      {sim && <figcaption className={styles.caption}>{label}</figcaption>}
    </figure>
  );
}
