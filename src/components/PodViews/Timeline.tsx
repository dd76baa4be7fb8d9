import React, { useEffect, useMemo, useRef, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import type { Simulation } from '@site/src/lifecycle/types';
import { formatSeconds } from '@site/src/views/duration';
import Link from '@docusaurus/Link';
import {
  LAYOUT,
  containerSegments,
  eventTimes,
  graceWindow,
  lanesOf,
  markText,
  stepTimes,
  timelineLayout,
  timelineMarks,
  type Mark,
  type Segment,
} from '@site/src/views/timeline';
import { useCursor, useSimulationTime } from './CursorContext';
import PodStatusView from './PodStatusView';
import styles from './styles.module.css';

const PLAY_MS = 700;
/** Width the server draws at (it cannot know the reader's); the browser redraws at its own width. */
const SSR_WIDTH = 640;
/** Narrowest drawing (below it the timeline scrolls); under NARROW the phone's set of labels is used. */
const MIN_WIDTH = 280;
const NARROW = 480;
/** A click or a hover this close (px) to an event snaps to it. */
const SNAP_PX = 8;

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
      <output className={styles.timeOut} aria-live="off">
        t = {formatSeconds(time)}
      </output>
    </div>
  );
}

const LINKS: Record<Mark['kind'], string> = {
  restart: '/docs/lifecycle/restarts#crash-loop-back-off',
  liveness: '/docs/probes/kinds#liveness-probe',
  readiness: '/docs/probes/kinds#readiness-probe',
  startup: '/docs/probes/kinds#startup-probe',
  SIGTERM: '/docs/termination/pod-termination#sequence',
  SIGKILL: '/docs/termination/pod-termination#sigkill',
};

function markClass(kind: Mark['kind']): string {
  if (kind === 'SIGKILL') return styles.markKill;
  if (kind === 'SIGTERM') return styles.markTerm;
  if (kind === 'restart') return styles.markRestart;
  return styles.markProbe;
}

/** How long the lane waited before restart `m`: from the end of its last run to the restart. */
function waitBefore(m: Mark, segments: Segment[]): number | undefined {
  let lastRunEnd: number | undefined;
  for (const s of segments)
    if (s.lane === m.lane && s.state === 'running' && s.end <= m.time + 1e-9) lastRunEnd = s.end;
  return lastRunEnd === undefined ? undefined : m.time - lastRunEnd;
}

/** What happened at a mark and the rule behind it (one sentence or two), in the page's language. */
function explain(m: Mark, segments: Segment[]): { text: string; link: string } {
  const lane = m.lane;
  switch (m.kind) {
    case 'restart':
      return {
        text: translate(
          {
            id: 'podlab.live.timeline.mark.restart',
            message:
              'Redémarrage n° {n} de {lane}, après {wait} d’attente. Le délai de CrashLoopBackOff commence à 10 s et double après chaque plantage, plafonné à 300 s (valeurs par défaut de Kubernetes 1.35).',
          },
          { n: m.detail ?? '?', lane, wait: formatSeconds(waitBefore(m, segments) ?? 0) },
        ),
        link: translate({ id: 'podlab.live.timeline.link.restart', message: 'Le délai de CrashLoopBackOff' }),
      };
    case 'liveness':
      return {
        text: translate(
          {
            id: 'podlab.live.timeline.mark.liveness',
            message:
              'Échec de la sonde de vivacité (liveness) de {lane}. Après failureThreshold échecs de suite, le kubelet arrête le conteneur, puis le redémarre selon restartPolicy.',
          },
          { lane },
        ),
        link: translate({ id: 'podlab.live.timeline.link.liveness', message: 'La sonde de vivacité' }),
      };
    case 'readiness':
      return {
        text: translate(
          {
            id: 'podlab.live.timeline.mark.readiness',
            message:
              'Échec de la sonde de préparation (readiness) de {lane}. Après failureThreshold échecs, le conteneur n’est plus prêt et le Pod sort des endpoints du Service, sans redémarrage.',
          },
          { lane },
        ),
        link: translate({ id: 'podlab.live.timeline.link.readiness', message: 'La sonde de préparation' }),
      };
    case 'startup':
      return {
        text: translate(
          {
            id: 'podlab.live.timeline.mark.startup',
            message:
              'Échec de la sonde de démarrage (startup) de {lane}. Les autres sondes attendent qu’elle réussisse ; après failureThreshold échecs, le conteneur est redémarré.',
          },
          { lane },
        ),
        link: translate({ id: 'podlab.live.timeline.link.startup', message: 'La sonde de démarrage' }),
      };
    case 'SIGTERM':
      return {
        text: translate(
          {
            id: 'podlab.live.timeline.mark.sigterm',
            message:
              'Le kubelet envoie SIGTERM à {lane} : le conteneur a terminationGracePeriodSeconds (30 s par défaut) pour s’arrêter.',
          },
          { lane },
        ),
        link: translate({ id: 'podlab.live.timeline.link.sigterm', message: 'Le déroulé de l’arrêt' }),
      };
    default:
      return {
        text: translate(
          {
            id: 'podlab.live.timeline.mark.sigkill',
            message:
              'Délai de grâce écoulé : le kubelet envoie SIGKILL à {lane}, qui s’arrête sur-le-champ (code de sortie 137).',
          },
          { lane },
        ),
        link: translate({ id: 'podlab.live.timeline.link.sigkill', message: 'Quand le délai est dépassé : SIGKILL' }),
      };
  }
}

/** Short words for a mark, for the slider's aria-valuetext. */
function markWords(m: Mark): string {
  if (m.kind === 'restart')
    return translate(
      { id: 'podlab.live.timeline.words.restart', message: '{lane} redémarre (n° {n})' },
      { lane: m.lane, n: m.detail ?? '?' },
    );
  if (m.kind === 'SIGTERM' || m.kind === 'SIGKILL') return `${m.kind} → ${m.lane}`;
  return translate(
    { id: 'podlab.live.timeline.words.probe', message: 'échec de la sonde {kind} de {lane}' },
    { kind: m.kind, lane: m.lane },
  );
}

/** Glyph of a mark at (x, bar top), as path data: lines for signals and restarts, a triangle for probes. */
function glyph(kind: Mark['kind'], x: number, y: number, h: number): string {
  if (kind === 'liveness' || kind === 'readiness' || kind === 'startup')
    return `M${x - 5},${y + h}L${x + 5},${y + h}L${x},${y + h - 9}Z`;
  return `M${x},${y - 2}V${y + h + 2}`;
}

function Glyph({ kind }: { kind: Mark['kind'] }): React.JSX.Element {
  return (
    <svg className={styles.legendGlyph} viewBox="0 0 12 16" width="12" height="16" aria-hidden="true">
      <path className={markClass(kind)} d={glyph(kind, 6, 1, 14)} />
    </svg>
  );
}

/**
 * One lane per container over virtual time: states, probe failures, signals, restarts and the grace
 * period. The drawing is the time cursor itself (a slider: click or drag, ←/→ from event to event,
 * Shift+←/→ by one second, Home/End); the card under it says what happened at the cursor and why.
 * Long idle gaps are drawn short (a broken axis, src/views/timeline.ts), and the drawing is laid out at
 * the width it is shown at (1 unit = 1 px, so every text is 12 px) once the browser knows that width.
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
  const [measured, setMeasured] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const time = shared ? shared.time : own;
  const setTime = shared ? shared.setTime : setOwn;
  const box = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const update = () => setMeasured(Math.max(MIN_WIDTH, Math.min(4000, Math.round(el.clientWidth))));
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const graceText = translate({ id: 'podlab.live.timeline.grace', message: 'délai de grâce' });
  const data = useMemo(() => {
    const lanes = lanesOf(sim);
    const segments = containerSegments(sim, lanes);
    const marks = timelineMarks(sim, segments);
    return { lanes, segments, marks, grace: graceWindow(sim), events: eventTimes(sim.endTime, segments, marks) };
  }, [sim]);
  const width = measured ?? SSR_WIDTH;
  const layout = useMemo(
    () =>
      timelineLayout(
        { end: sim.endTime, ...data },
        width,
        width < NARROW ? Math.min(width, MIN_WIDTH) : NARROW,
        graceText,
      ),
    [data, width, sim.endTime, graceText],
  );
  const end = sim.endTime;

  const marksAt = (t: number) => data.marks.filter((m) => Math.abs(m.time - t) < 1e-6);
  const shown = hover !== null && data.marks[hover] ? [data.marks[hover]] : marksAt(time);

  const atCursor = data.lanes.map((l) => {
    const seg = data.segments.find(
      (s) => s.lane === l.name && s.start <= time + 1e-9 && (time < s.end - 1e-9 || s.end >= end - 1e-9),
    );
    return { lane: l, seg };
  });
  const summary = translate(
    {
      id: 'podlab.live.timeline.summary',
      message: 'Chronologie de {name} sur {duration} : un couloir par conteneur ({lanes}).',
    },
    {
      name: sim.pod.metadata.name ?? 'pod',
      duration: formatSeconds(end),
      lanes: data.lanes.map((l) => l.name).join(', '),
    },
  );
  const here = marksAt(time);
  const valueText = translate(
    { id: 'podlab.live.timeline.valuetext', message: '{t} : {what}' },
    {
      t: formatSeconds(time),
      what: here.length
        ? here.map(markWords).join(', ')
        : atCursor.map(({ lane, seg }) => `${lane.name} ${seg ? segmentText(seg) : '—'}`).join(', '),
    },
  );

  /** Layout x (px of the drawing) under a pointer, or undefined outside the drawing. */
  const pointerX = (clientX: number): number | undefined => {
    const r = svgRef.current?.getBoundingClientRect();
    if (!r || r.width <= 0) return undefined;
    const scale = Math.min(r.width / layout.width, r.height / layout.height) || 1;
    return (clientX - r.left) / scale;
  };
  const timeAtX = (px: number): number => {
    let best: number | undefined;
    for (const t of data.events) {
      const d = Math.abs(layout.x(t) - px);
      if (d <= SNAP_PX && (best === undefined || d < Math.abs(layout.x(best) - px))) best = t;
    }
    return best ?? layout.time(px);
  };
  const nearestMark = (px: number): number | null => {
    let best: number | null = null;
    let bestD = SNAP_PX;
    data.marks.forEach((m, i) => {
      const d = Math.abs(layout.x(m.time) - px);
      if (d <= bestD) {
        best = i;
        bestD = d;
      }
    });
    return best;
  };

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const px = pointerX(e.clientX);
    if (px === undefined) return;
    dragging.current = true;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setTime(timeAtX(px));
  };
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const px = pointerX(e.clientX);
    if (px === undefined) return;
    if (dragging.current) setTime(timeAtX(px));
    else if (e.pointerType === 'mouse') setHover(nearestMark(px));
  };
  const onPointerUp = () => {
    dragging.current = false;
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    let next: number | undefined;
    const forward = e.key === 'ArrowRight' || e.key === 'ArrowUp';
    const back = e.key === 'ArrowLeft' || e.key === 'ArrowDown';
    if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = end;
    else if ((forward || back) && e.shiftKey) next = time + (forward ? 1 : -1);
    else if (forward) next = data.events.find((t) => t > time + 1e-9) ?? end;
    else if (back) next = [...data.events].reverse().find((t) => t < time - 1e-9) ?? 0;
    if (next === undefined) return;
    e.preventDefault();
    setHover(null);
    setTime(Math.max(0, Math.min(end, next)));
  };

  const L = LAYOUT;
  const kinds = [...new Set(data.marks.map((m) => m.kind))];
  const laneOf = new Map(layout.lanes.map((l) => [l.lane.name, l]));
  const breakYs: [number, number][] = [
    ...layout.lanes.map((l) => [l.barY - 3, l.barY + L.bar + 3] as [number, number]),
    [layout.plotBottom - 4, layout.plotBottom + 4],
  ];
  const cursorX = layout.x(time);

  return (
    <figure className={styles.timeline}>
      <div
        ref={box}
        className={styles.svgScroll}
        role="slider"
        tabIndex={0}
        aria-label={summary}
        aria-valuemin={0}
        aria-valuemax={end}
        aria-valuenow={Math.round(time * 10) / 10}
        aria-valuetext={valueText}
        aria-orientation="horizontal"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerLeave={() => setHover(null)}
        onKeyDown={onKeyDown}
        data-timeline-slider=""
      >
        <svg
          ref={svgRef}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          height={layout.height}
          preserveAspectRatio="xMinYMin meet"
          className={styles.timelineSvg}
          style={{ minWidth: measured === null ? SSR_WIDTH : MIN_WIDTH }}
          aria-hidden="true"
          focusable="false"
        >
          {layout.grace && (
            <>
              <rect
                className={styles.grace}
                x={layout.grace.x}
                y={layout.plotTop - 14}
                width={layout.grace.width}
                height={layout.plotBottom - layout.plotTop + 14}
              />
              {layout.grace.label && (
                <text className={styles.graceText} x={layout.grace.label.x} y={layout.grace.label.y}>
                  {layout.grace.label.text}
                </text>
              )}
            </>
          )}
          <path
            className={styles.axis}
            d={`M${L.padX},${layout.plotBottom}H${layout.width - L.padX}${layout.ticks.map((t) => `M${t},${layout.plotBottom}v5`).join('')}`}
          />
          {layout.rects.map((r, i) => (
            <rect
              key={i}
              className={clsx(styles.segment, segmentClass(r.segment))}
              x={r.x}
              y={r.y}
              width={r.width}
              height={L.bar}
              rx={3}
            />
          ))}
          {layout.breaks.length > 0 && (
            <>
              <path
                className={styles.breakCut}
                d={layout.breaks
                  .flatMap((bx) => breakYs.map(([a, b]) => `M${bx - 5},${a}L${bx},${a}L${bx + 5},${b}L${bx},${b}Z`))
                  .join('')}
              />
              <path
                className={styles.breakMark}
                d={layout.breaks
                  .flatMap((bx) => breakYs.map(([a, b]) => `M${bx - 5},${a}L${bx},${b}M${bx},${a}L${bx + 5},${b}`))
                  .join('')}
              />
            </>
          )}
          {kinds.map((k) => (
            <path
              key={k}
              className={markClass(k)}
              d={data.marks
                .filter((m) => m.kind === k && laneOf.has(m.lane))
                .map((m) => glyph(k, layout.x(m.time), laneOf.get(m.lane)!.barY, L.bar))
                .join('')}
            />
          ))}
          <text className={styles.laneLabel}>
            {layout.lanes.map((l) => (
              <tspan key={l.lane.name} x={L.padX} y={l.nameY}>
                {l.lane.kind === 'container' ? l.lane.name : `${l.lane.name} (${l.lane.kind})`}
              </tspan>
            ))}
          </text>
          {layout.segmentLabels.length > 0 && (
            <text className={styles.segLabel}>
              {layout.segmentLabels.map((l) => (
                <tspan
                  key={l.key}
                  className={segmentClass(layout.rects[Number(l.key.slice(1))].segment)}
                  x={l.x}
                  y={l.y}
                >
                  {l.text}
                </tspan>
              ))}
            </text>
          )}
          {layout.markLabels.length > 0 && (
            <text className={styles.markLabel}>
              {layout.markLabels.map((l) => (
                <tspan key={l.key} className={markClass(l.tag as Mark['kind'])} x={l.x} y={l.y}>
                  {l.text}
                </tspan>
              ))}
            </text>
          )}
          <text className={styles.axisLabel}>
            {layout.axisLabels.map((l) => (
              <tspan key={l.key} className={l.tag === 'break' ? styles.breakText : undefined} x={l.x} y={l.y}>
                {l.text}
              </tspan>
            ))}
          </text>
          <path className={styles.cursorLine} d={`M${cursorX},2V${layout.plotBottom + 4}`} />
        </svg>
      </div>
      <div className={styles.card} data-timeline-card="">
        {shown.length > 0 ? (
          shown.slice(0, 3).map((m, i) => {
            const { text, link } = explain(m, data.segments);
            return (
              <p key={i}>
                <strong>
                  {markText(m)} {m.lane} · {formatSeconds(m.time)}
                </strong>{' '}
                {text} <Link to={LINKS[m.kind]}>{link}</Link>
              </p>
            );
          })
        ) : (
          <p className={styles.hint}>
            {translate({
              id: 'podlab.live.timeline.hint',
              message:
                'Cliquez ou glissez sur la chronologie pour déplacer le curseur ; au clavier, ← et → vont d’un événement à l’autre, Maj + ← ou → avance d’une seconde.',
            })}
          </p>
        )}
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
          <Glyph kind="liveness" /> L / R / S{' '}
          {translate({
            id: 'podlab.live.timeline.legend.probe',
            message: 'échec de sonde (liveness, readiness, startup)',
          })}
        </li>
        <li>
          <Glyph kind="restart" /> ↻{' '}
          {translate({ id: 'podlab.live.timeline.legend.restart', message: 'redémarrage (n°)' })}
        </li>
        <li>
          <Glyph kind="SIGTERM" /> TERM <Glyph kind="SIGKILL" /> KILL{' '}
          {translate({ id: 'podlab.live.timeline.legend.signal', message: 'signal envoyé' })}
        </li>
        {layout.breaks.length > 0 && (
          <li>
            <span className={styles.breakText}>//</span>{' '}
            {translate({
              id: 'podlab.live.timeline.legend.break',
              message: 'période calme raccourcie (sa durée réelle est écrite dessous)',
            })}
          </li>
        )}
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
