import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { formatSeconds, humanDuration } from '../../src/views/duration';
import { alignColumns } from '../../src/views/table';
import { watchTable } from '../../src/views/watch';
import { aggregateEvents, describeEvents, eventAge } from '../../src/views/events';
import {
  breakpoints,
  containerSegments,
  graceWindow,
  lanesOf,
  niceTicks,
  timelineMarks,
} from '../../src/views/timeline';
import { activeStates, instanceTransitions, regionGraph } from '../../src/views/diagram';
import { layoutMachine } from '../../src/views/diagramLayout';
import { rfc3339, toDisplayYaml } from '../../src/views/yaml';
import { crashLoopSim } from './fixtures';

describe('humanDuration (apimachinery duration.HumanDuration)', () => {
  it.each([
    [0, '0s'],
    [-1, '0s'],
    [-3, '<invalid>'],
    [59, '59s'],
    [119, '119s'],
    [120, '2m'],
    [125, '2m5s'],
    [599, '9m59s'],
    [600, '10m'],
    [3 * 3600 - 1, '179m'],
    [3 * 3600, '3h'],
    [3 * 3600 + 60 * 5, '3h5m'],
    [8 * 3600, '8h'],
    [47 * 3600, '47h'],
    [48 * 3600, '2d'],
    [50 * 3600, '2d2h'],
    [8 * 86400, '8d'],
    [2 * 365 * 86400, '2y'],
    [2 * 365 * 86400 + 86400, '2y1d'],
    [9 * 365 * 86400, '9y'],
  ])('%s s → %s', (s, want) => expect(humanDuration(s)).toBe(want));
  it('formats axis labels', () => {
    expect([0, 2.5, 30, 90, 3600, 3661].map(formatSeconds)).toEqual(['0s', '2.5s', '30s', '1m30s', '1h', '1h1m1s']);
  });
});

describe('alignColumns (kubectl tabwriter)', () => {
  it('pads every column but the last to max(minwidth 6, width + 3)', () => {
    const lines = alignColumns([
      ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
      ['crash', '0/1', 'CrashLoopBackOff', '3 (12s ago)', '2m5s'],
    ]);
    expect(lines).toEqual([
      'NAME    READY   STATUS             RESTARTS      AGE',
      'crash   0/1     CrashLoopBackOff   3 (12s ago)   2m5s',
    ]);
  });
  it('applies the minimum width to short columns', () => {
    expect(
      alignColumns([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toEqual(['a     b', 'c     d']);
  });
});

describe('watch table', () => {
  const sim = crashLoopSim();
  it('prints a header and the lines up to the cursor', () => {
    const all = watchTable(sim.watch);
    expect(all).toHaveLength(5);
    expect(all[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    const upTo7 = watchTable(sim.watch, 7);
    expect(upTo7).toHaveLength(4);
    expect(upTo7[3]).toBe('crash   0/1     CrashLoopBackOff   0          7s');
    // Columns line up: STATUS starts at the same offset on every line.
    const col = all[0].indexOf('STATUS');
    for (const l of all.slice(1)) expect(l.slice(col - 3, col)).toMatch(/^ {3}$/);
  });
});

describe('describe events', () => {
  const sim = crashLoopSim();
  it('merges identical events into (xN over …) and sorts by last time', () => {
    const agg = aggregateEvents(sim.events);
    const backoff = agg.find((e) => e.reason === 'BackOff')!;
    expect(backoff).toMatchObject({ count: 2, firstTime: 7, lastTime: 12 });
    expect(eventAge(backoff, 52)).toBe('40s (x2 over 45s)');
    expect(agg.map((e) => e.lastTime)).toEqual([...agg.map((e) => e.lastTime)].sort((a, b) => a - b));
  });
  it('prints a kubectl describe Events section', () => {
    const lines = describeEvents(sim.events, 142);
    expect(lines[0]).toBe('Events:');
    expect(lines[1]).toMatch(/^ {2}Type {5}Reason {5}Age\s+From\s+Message$/);
    expect(lines[2]).toMatch(/^ {2}----\s+------\s+----\s+----\s+-------$/);
    expect(lines[3]).toMatch(/^ {2}Normal {3}Scheduled {2}2m22s\s+default-scheduler {2}Successfully assigned/);
    expect(lines.find((l) => l.includes('BackOff'))).toContain('2m10s (x2 over 2m15s)');
  });
  it('cuts at the cursor and says <none> when empty', () => {
    expect(describeEvents(sim.events, 0.5)).toHaveLength(4);
    expect(describeEvents([], 10)).toEqual(['Events:  <none>']);
  });
});

describe('timeline helpers', () => {
  const sim = crashLoopSim();
  it('lists lanes and breakpoints', () => {
    expect(lanesOf(sim)).toEqual([{ name: 'app', kind: 'container' }]);
    expect(breakpoints(sim)).toEqual([0, 1, 2, 7, 12, 17, 19, 20, 22, 25]);
  });
  it('merges samples into state segments', () => {
    const segs = containerSegments(sim).map((s) => [s.start, s.end, s.state, s.reason ?? '', s.restartCount]);
    expect(segs).toEqual([
      [0, 2, 'waiting', 'ContainerCreating', 0],
      [2, 7, 'running', '', 0],
      [7, 17, 'waiting', 'CrashLoopBackOff', 0],
      [17, 22, 'running', '', 1],
      [22, 25, 'terminated', 'Error', 1],
    ]);
  });
  it('marks restarts, probe failures and signals', () => {
    const marks = timelineMarks(sim).map((m) => `${m.time}:${m.kind}`);
    expect(marks).toEqual(['17:restart', '19:liveness', '20:SIGTERM', '22:SIGKILL']);
  });
  it('finds the grace period window', () => {
    expect(graceWindow(sim)).toEqual({ start: 20, end: 22 });
    expect(graceWindow({ ...sim, podAt: () => sim.pod })).toBeUndefined();
  });
  it('picks nice ticks', () => {
    expect(niceTicks(0, 25, 6)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0, 300, 6)).toEqual([0, 60, 120, 180, 240, 300]);
    expect(niceTicks(0, 1, 6)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0)).toEqual([0]);
  });
});

describe('state diagrams from xstate definitions', () => {
  const machine = createMachine({
    id: 'container',
    initial: 'Waiting',
    states: {
      Waiting: { on: { START: 'Running', PULL: { target: 'Pulling' } } },
      Pulling: { on: { PULLED: 'Waiting' }, after: { 1000: 'Waiting' } },
      Running: { on: { EXIT: 'Terminated', KILL: 'Running' } },
      Terminated: { type: 'final' },
    },
  });
  it('reads states and edges from the machine config', () => {
    const g = regionGraph(machine.config);
    expect(g.states).toEqual(['Waiting', 'Pulling', 'Running', 'Terminated']);
    expect(g.finals.has('Terminated')).toBe(true);
    expect(g.edges).toContainEqual({ from: 'Pulling', to: 'Waiting', events: ['PULLED', 'after 1000'], back: false });
  });
  it('lays states out in layers without overlap', () => {
    const layout = layoutMachine(machine);
    const r = layout.regions[0];
    const layer = Object.fromEntries(r.nodes.map((n) => [n.id, n.layer]));
    expect(layer).toEqual({ Waiting: 0, Pulling: 1, Running: 1, Terminated: 2 });
    const row1 = r.nodes.filter((n) => n.layer === 1).sort((a, b) => a.x - b.x);
    expect(row1[0].x + row1[0].width).toBeLessThan(row1[1].x);
    expect(r.edges.find((e) => e.from === 'Pulling' && e.to === 'Waiting')?.back).toBe(true);
  });
  it('lights the current state of one instance at a time', () => {
    const sim = crashLoopSim();
    const layout = layoutMachine(machine);
    expect(activeStates(layout, instanceTransitions(sim, 'container', undefined, 2)).active.get('container')).toBe(
      'Running',
    );
    const at0 = activeStates(layout, instanceTransitions(sim, 'container', 'container/app', 0));
    expect(at0.active.get('container')).toBe('Waiting');
    expect(
      activeStates(layout, instanceTransitions(sim, 'container', 'container/app', 7)).active.get('container'),
    ).toBe('Terminated');
  });
  it('splits a parallel machine into regions', () => {
    const pod = createMachine({
      id: 'pod',
      type: 'parallel',
      states: {
        phase: { initial: 'Pending', states: { Pending: { on: { RUN: 'Running' } }, Running: {} } },
        lifecycle: { initial: 'Scheduled', states: { Scheduled: { on: { GO: 'Started' } }, Started: {} } },
      },
    });
    const layout = layoutMachine(pod);
    expect(layout.regions.map((r) => r.name)).toEqual(['phase', 'lifecycle']);
    expect(layout.regions[1].x).toBeGreaterThan(layout.regions[0].x + layout.regions[0].width - 1);
    const { active, travelled } = activeStates(layout, instanceTransitions(crashLoopSim(), 'pod', 'pod', 5));
    expect(Object.fromEntries(active)).toEqual({ phase: 'Running', lifecycle: 'Started' });
    expect(travelled.has('phase:Pending\u2192Running')).toBe(true);
    // The model also reports one region at a time: `Scheduled` alone moves only `lifecycle`.
    const oneRegion = activeStates(layout, [
      { time: 0, machine: 'pod', machineId: 'pod', from: null, to: 'Pending' },
      { time: 1, machine: 'pod', machineId: 'pod', from: 'Scheduled', to: 'Started' },
    ]);
    expect(Object.fromEntries(oneRegion.active)).toEqual({ phase: 'Pending', lifecycle: 'Started' });
    expect(oneRegion.travelled.has('lifecycle:Scheduled\u2192Started')).toBe(true);
  });
});

describe('YAML display', () => {
  it('prints time fields as timestamps with the virtual second', () => {
    const text = toDisplayYaml({
      status: { startTime: 3, conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: 12.5 }] },
    });
    expect(text).toContain(`startTime: "${rfc3339(3)}" # t=3s`);
    expect(text).toContain('conditions:\n  - type: Ready');
  });
  it('prints what JSON cannot: functions, Infinity, Map, errors, cycles', () => {
    const cyc: Record<string, unknown> = { a: 1 };
    cyc.self = cyc;
    const text = toDisplayYaml({
      f: function named() {},
      inf: Infinity,
      m: new Map([['k', 1]]),
      e: new Error('boom'),
      cyc,
    });
    expect(text).toContain('f: "[Function named]"');
    expect(text).toContain('inf: .inf');
    expect(text).toContain('m:\n  k: 1');
    expect(text).toContain('message: boom');
    expect(text).toContain('self: "[Circular]"');
  });
});
