import React, { useEffect, useId, useMemo, useRef, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import type { Simulation } from '@site/src/lifecycle/types';
import { formatSeconds } from '@site/src/views/duration';
import {
  containerSegments,
  graceWindow,
  lanesOf,
  niceTicks,
  stepTimes,
  timelineMarks,
  type Mark,
  type Segment,
} from '@site/src/views/timeline';
import { useCursor, useSimulationTime } from './CursorContext';
import PodStatusView from './PodStatusView';
import styles from './styles.module.css';

const LABEL_W = 118;
const PLOT_W = 600;
const LANE_H = 24;
const LANE_GAP = 10;
const TOP = 14;
const AXIS_H = 26;
const PLAY_MS = 700;

function segmentClass(s: Segment): string {
  if (s.state === 'running') return s.ready ? styles.segReady : styles.segRunning;
  if (s.state === 'waiting') return styles.segWaiting;
  if (s.state === 'terminated') return s.exitCode === 0 ? styles.segDone : styles.segFailed;
  return styles.segNone;
}

function segmentText(s: Segment): string {
  if (s.state === 'running')
    return s.ready ? translate({ id: 'podlab.live.timeline.segment.ready', message: 'Running (prêt)' }) : 'Running';
  if (s.state === 'terminated') return `${s.reason ?? 'Terminated'} (${s.exitCode})`;
  return s.reason ?? (s.state === 'none' ? '' : s.state);
}

const MARK_LETTER: Record<Mark['kind'], string> = {
  liveness: 'L',
  readiness: 'R',
  startup: 'S',
  restart: '↻',
  SIGTERM: 'TERM',
  SIGKILL: 'KILL',
};

const ICONS = {
  start: 'M3 2h2v12H3zM14 2v12L6 8z',
  back: 'M12 2v12L4 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  forward: 'M4 2v12l8-6z',
  end: 'M2 2v12l8-6zM11 2h2v12h-2z',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }): React.JSX.Element {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

/** Play / step controls and the time slider: shared by Timeline and SimulationView. */
export function TimeControls({
  sim,
  time,
  setTime,
}: {
  sim: Simulation;
  time: number;
  setTime: (t: number) => void;
}): React.JSX.Element {
  const steps = useMemo(() => stepTimes(sim), [sim]);
  const [playing, setPlaying] = useState(false);
  const timeRef = useRef(time);
  timeRef.current = time;
  useEffect(() => {
    if (!playing) return undefined;
    const id = setInterval(() => {
      const next = steps.find((t) => t > timeRef.current + 1e-9);
      if (next === undefined) {
        setPlaying(false);
        return;
      }
      setTime(next);
    }, PLAY_MS);
    return () => clearInterval(id);
  }, [playing, steps, setTime]);
  const prev = () => setTime([...steps].reverse().find((t) => t < time - 1e-9) ?? 0);
  const next = () => setTime(steps.find((t) => t > time + 1e-9) ?? sim.endTime);
  const play = () => {
    if (!playing && time >= sim.endTime - 1e-9) setTime(0);
    setPlaying(!playing);
  };
  const step = sim.endTime <= 30 ? 0.5 : 1;
  return (
    <div
      className={styles.controls}
      role="group"
      aria-label={translate({ id: 'podlab.live.timeline.controls', message: 'Rejouer la simulation' })}
    >
      <button
        type="button"
        className={styles.ctrlButton}
        onClick={() => {
          setPlaying(false);
          setTime(0);
        }}
        aria-label={translate({ id: 'podlab.live.timeline.start', message: 'Aller au début' })}
      >
        <Icon name="start" />
      </button>
      <button
        type="button"
        className={styles.ctrlButton}
        onClick={() => {
          setPlaying(false);
          prev();
        }}
        aria-label={translate({ id: 'podlab.live.timeline.back', message: 'Étape précédente' })}
      >
        <Icon name="back" />
      </button>
      <button
        type="button"
        className={styles.ctrlButton}
        onClick={play}
        aria-pressed={playing}
        aria-label={
          playing
            ? translate({ id: 'podlab.live.timeline.pause', message: 'Pause' })
            : translate({ id: 'podlab.live.timeline.play', message: 'Lecture' })
        }
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className={styles.ctrlButton}
        onClick={() => {
          setPlaying(false);
          next();
        }}
        aria-label={translate({ id: 'podlab.live.timeline.forward', message: 'Étape suivante' })}
      >
        <Icon name="forward" />
      </button>
      <button
        type="button"
        className={styles.ctrlButton}
        onClick={() => {
          setPlaying(false);
          setTime(sim.endTime);
        }}
        aria-label={translate({ id: 'podlab.live.timeline.end', message: 'Aller à la fin' })}
      >
        <Icon name="end" />
      </button>
      <input
        className={styles.slider}
        type="range"
        min={0}
        max={sim.endTime}
        step={step}
        value={time}
        onChange={(e) => {
          setPlaying(false);
          setTime(Number(e.target.value));
        }}
        aria-label={translate({ id: 'podlab.live.timeline.cursor', message: 'Curseur temporel' })}
        aria-valuetext={formatSeconds(time)}
      />
      <output className={styles.timeOut} aria-live="off">
        t = {formatSeconds(time)}
      </output>
    </div>
  );
}

/**
 * One lane per container over virtual time: states, probe failures, signals, restarts and the grace
 * period, with a time cursor (slider, keys, play/step) and the Pod's status at the cursor.
 */
export default function Timeline({
  sim,
  at,
  showStatus = true,
}: {
  sim: Simulation;
  at?: number;
  showStatus?: boolean;
}): React.JSX.Element {
  const shared = useCursor(sim);
  const [own, setOwn] = useSimulationTime(sim, at);
  const [statusOpen, setStatusOpen] = useState(false);
  const time = shared ? shared.time : own;
  const setTime = shared ? shared.setTime : setOwn;
  const titleId = useId();

  const data = useMemo(() => {
    const lanes = lanesOf(sim);
    const segments = containerSegments(sim, lanes);
    return {
      lanes,
      segments,
      marks: timelineMarks(sim, segments),
      grace: graceWindow(sim),
      ticks: niceTicks(0, sim.endTime, 6),
    };
  }, [sim]);
  const end = sim.endTime > 0 ? sim.endTime : 1;
  const x = (t: number) => LABEL_W + (Math.max(0, Math.min(t, end)) / end) * PLOT_W;
  const laneY = (i: number) => TOP + i * (LANE_H + LANE_GAP);
  const plotBottom = laneY(data.lanes.length) - LANE_GAP + 4;
  const height = plotBottom + AXIS_H;
  const width = LABEL_W + PLOT_W + 24;
  const laneIndex = new Map(data.lanes.map((l, i) => [l.name, i]));

  const atCursor = data.lanes.map((l) => {
    const seg = data.segments.find(
      (s) => s.lane === l.name && s.start <= time + 1e-9 && (time < s.end - 1e-9 || s.end >= sim.endTime - 1e-9),
    );
    return { lane: l, seg };
  });
  const summary = translate(
    {
      id: 'podlab.live.timeline.summary',
      message: 'Chronologie de {name} sur {duration} : un couloir par conteneur ({lanes}).',
    },
    {
      name: sim.pod.metadata.name ?? 'pod',
      duration: formatSeconds(sim.endTime),
      lanes: data.lanes.map((l) => l.name).join(', '),
    },
  );

  return (
    <figure className={styles.timeline}>
      <div className={styles.svgScroll} role="region" aria-label={summary} tabIndex={0}>
        <svg viewBox={`0 0 ${width} ${height}`} className={styles.timelineSvg} role="img" aria-labelledby={titleId}>
          <title id={titleId}>{summary}</title>
          {data.grace && (
            <g className={styles.grace}>
              <rect
                x={x(data.grace.start)}
                y={2}
                width={Math.max(2, x(data.grace.end) - x(data.grace.start))}
                height={plotBottom - 2}
              />
              <text x={x(data.grace.start) + 3} y={TOP - 4}>
                {translate({ id: 'podlab.live.timeline.grace', message: 'délai de grâce' })}
              </text>
            </g>
          )}
          {data.ticks.map((t) => (
            <g key={t} className={styles.tick}>
              <line x1={x(t)} x2={x(t)} y1={TOP - 2} y2={plotBottom + 4} />
              <text x={x(t)} y={plotBottom + 17} textAnchor="middle">
                {formatSeconds(t)}
              </text>
            </g>
          ))}
          {data.lanes.map((l, i) => (
            <text
              key={l.name}
              className={styles.laneLabel}
              x={LABEL_W - 8}
              y={laneY(i) + LANE_H / 2 + 4}
              textAnchor="end"
            >
              {l.kind === 'container' ? l.name : `${l.name} (${l.kind})`}
            </text>
          ))}
          {data.segments.map((s, i) => {
            const li = laneIndex.get(s.lane);
            if (li === undefined) return null;
            const x0 = x(s.start);
            const w = Math.max(1, x(s.end) - x0);
            const label = segmentText(s);
            return (
              <g key={i} className={clsx(styles.segment, segmentClass(s))}>
                <title>{`${s.lane}: ${label} [${formatSeconds(s.start)} → ${formatSeconds(s.end)}] restarts ${s.restartCount}`}</title>
                <rect x={x0} y={laneY(li)} width={w} height={LANE_H} rx={3} />
                {w > label.length * 6.4 + 8 && (
                  <text x={x0 + 4} y={laneY(li) + LANE_H / 2 + 4}>
                    {label}
                  </text>
                )}
              </g>
            );
          })}
          {data.marks.map((m, i) => {
            const li = laneIndex.get(m.lane);
            if (li === undefined) return null;
            const mx = x(m.time);
            const y0 = laneY(li);
            const cls =
              m.kind === 'SIGKILL'
                ? styles.markKill
                : m.kind === 'SIGTERM'
                  ? styles.markTerm
                  : m.kind === 'restart'
                    ? styles.markRestart
                    : styles.markProbe;
            return (
              <g key={i} className={cls}>
                <title>{`${m.lane} ${m.kind} @ ${formatSeconds(m.time)}${m.detail ? ': ' + m.detail : ''}`}</title>
                {m.kind === 'SIGTERM' || m.kind === 'SIGKILL' ? (
                  <>
                    <line x1={mx} x2={mx} y1={y0 - 3} y2={y0 + LANE_H + 3} />
                    <text x={mx + 2} y={y0 - 1}>
                      {MARK_LETTER[m.kind]}
                    </text>
                  </>
                ) : m.kind === 'restart' ? (
                  <text x={mx} y={y0 - 1} textAnchor="middle">{`↻${m.detail ?? ''}`}</text>
                ) : (
                  <>
                    <path d={`M${mx - 4},${y0 - 6} L${mx + 4},${y0 - 6} L${mx},${y0} Z`} />
                    <text x={mx} y={y0 + LANE_H + 9} textAnchor="middle">
                      {MARK_LETTER[m.kind]}
                    </text>
                  </>
                )}
              </g>
            );
          })}
          <line className={styles.cursorLine} x1={x(time)} x2={x(time)} y1={2} y2={plotBottom + 4} />
        </svg>
      </div>
      <TimeControls sim={sim} time={time} setTime={setTime} />
      <ul
        className={styles.cursorList}
        aria-label={translate({ id: 'podlab.live.timeline.atCursor', message: 'État des conteneurs au curseur' })}
      >
        {atCursor.map(({ lane, seg }) => (
          <li key={lane.name}>
            <code>{lane.name}</code> {seg ? segmentText(seg) : '—'}
            {seg && seg.restartCount > 0 && <> · restarts {seg.restartCount}</>}
          </li>
        ))}
      </ul>
      <ul className={styles.legend} aria-label={translate({ id: 'podlab.live.timeline.legend', message: 'Légende' })}>
        <li>
          <span className={clsx(styles.swatch, styles.segWaiting)} />{' '}
          <Translate id="podlab.live.timeline.legend.waiting">waiting (en attente)</Translate>
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.segRunning)} />{' '}
          <Translate id="podlab.live.timeline.legend.running">running (non prêt)</Translate>
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.segReady)} />{' '}
          <Translate id="podlab.live.timeline.legend.ready">running, ready (prêt)</Translate>
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.segDone)} />{' '}
          <Translate id="podlab.live.timeline.legend.done">terminated, code 0</Translate>
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.segFailed)} />{' '}
          <Translate id="podlab.live.timeline.legend.failed">terminated, code ≠ 0</Translate>
        </li>
        <li>
          <Translate id="podlab.live.timeline.legend.marks">
            ▼ L / R / S : échec de sonde (liveness, readiness, startup) · TERM / KILL : signal · ↻ : redémarrage
          </Translate>
        </li>
      </ul>
      {showStatus && (
        <details className={styles.details} onToggle={(e) => setStatusOpen((e.target as HTMLDetailsElement).open)}>
          <summary>
            <Translate id="podlab.live.timeline.status" values={{ t: formatSeconds(time) }}>
              {'Statut complet à t = {t}'}
            </Translate>
          </summary>
          {/* Rendered only when opened: the YAML of a whole status is the costliest part of a re-run. */}
          {statusOpen && <PodStatusView sim={sim} at={time} />}
        </details>
      )}
    </figure>
  );
}
