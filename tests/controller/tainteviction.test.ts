// The taint-eviction decision (src/controller/tainteviction.ts), its upstream test tables as data, and the
// same decision through both entry points (simulate and simulateCluster).
import { describe, expect, it } from 'vitest';
import {
  evictionDelay,
  getMatchingTolerations,
  getMinTolerationTime,
  toleratesTaint,
  type TaintLike,
} from '../../src/controller/tainteviction';
import { simulate } from '../../src/lifecycle';
import { simulateCluster } from '../../src/cluster';
import type { Toleration } from '../../src/lifecycle/types';

// taint_eviction_test.go helpers: createNoExecuteTaint(i) and addToleration(pod, i, seconds; < 0: no seconds).
const taint = (i: number): TaintLike => ({ key: `testTaint${i}`, value: `test${i}`, effect: 'NoExecute' });
const tol = (i: number, seconds: number): Toleration => ({
  key: `testTaint${i}`,
  value: `test${i}`,
  effect: 'NoExecute',
  ...(seconds >= 0 ? { tolerationSeconds: seconds } : {}),
});

/** pkg/controller/tainteviction/taint_eviction_test.go (v1.35.0): TestCreatePod, TestUpdateNode, TestUpdateNodeWithMultipleTaints, TestUpdateNodeWithMultiplePods. `delay`: seconds until deletion, `null`: never. */
const upstream: { name: string; taints: TaintLike[]; tolerations: Toleration[]; delay: number | null }[] = [
  { name: 'scheduled on untainted Node', taints: [], tolerations: [], delay: null },
  { name: 'schedule on tainted Node', taints: [taint(1)], tolerations: [], delay: 0 },
  {
    name: 'schedule on tainted Node with finite toleration',
    taints: [taint(1)],
    tolerations: [tol(1, 100)],
    delay: 100,
  },
  {
    name: 'schedule on tainted Node with infinite toleration',
    taints: [taint(1)],
    tolerations: [tol(1, -1)],
    delay: null,
  },
  {
    name: 'schedule on tainted Node with infinite invalid toleration',
    taints: [taint(1)],
    tolerations: [tol(2, -1)],
    delay: 0,
  },
  { name: 'Only one added taint tolerated', taints: [taint(1), taint(2)], tolerations: [tol(1, 100)], delay: 0 },
  {
    name: 'Pod with multiple tolerations are evicted when first one runs out',
    taints: [taint(1), taint(2)],
    tolerations: [
      { key: 'testTaint1', value: 'test1', effect: 'NoExecute', tolerationSeconds: 1 },
      { key: 'testTaint2', value: 'test2', effect: 'NoExecute', tolerationSeconds: 100 },
    ],
    delay: 1,
  },
  {
    name: 'multiple taints: infinitely tolerated taint',
    taints: [taint(1)],
    tolerations: [
      { key: 'testTaint1', operator: 'Exists', effect: 'NoExecute' },
      { key: 'testTaint2', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 },
    ],
    delay: null,
  },
  {
    name: 'multiple taints: temporarily tolerated taint added',
    taints: [taint(1), taint(2)],
    tolerations: [
      { key: 'testTaint1', operator: 'Exists', effect: 'NoExecute' },
      { key: 'testTaint2', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 },
    ],
    delay: 60,
  },
  { name: 'multiple pods: no toleration', taints: [taint(1)], tolerations: [], delay: 0 },
  { name: 'multiple pods: 1 s toleration', taints: [taint(1)], tolerations: [tol(1, 1)], delay: 1 },
  { name: 'multiple pods: infinite toleration', taints: [taint(1)], tolerations: [tol(1, -1)], delay: null },
  {
    name: 'a NoSchedule taint is not for the eviction controller (TestFilterNoExecuteTaints)',
    taints: [{ key: 'two', value: 'two', effect: 'NoSchedule' }],
    tolerations: [],
    delay: null,
  },
];

describe('taint eviction: upstream cases', () => {
  for (const c of upstream) {
    it(c.name, () => {
      expect(evictionDelay(c.taints, c.tolerations) ?? null).toBe(c.delay);
    });
  }
});

/** getMinTolerationTime (taint_eviction.go): -1 means forever. */
const minCases: { name: string; tolerations: Toleration[]; want: number }[] = [
  { name: 'no tolerations: now', tolerations: [], want: 0 },
  {
    name: 'one without seconds: forever',
    tolerations: [{ key: 'a', operator: 'Exists', effect: 'NoExecute' }],
    want: -1,
  },
  {
    name: 'without seconds skipped, smallest of the others',
    tolerations: [
      { key: 'a', operator: 'Exists' },
      { key: 'b', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 },
      { key: 'c', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 },
    ],
    want: 10,
  },
  {
    name: 'zero means now',
    tolerations: [
      { key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 50 },
      { key: 'b', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 0 },
    ],
    want: 0,
  },
  {
    name: 'negative means now',
    tolerations: [{ key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: -5 }],
    want: 0,
  },
];

describe('getMinTolerationTime', () => {
  for (const c of minCases) it(c.name, () => expect(getMinTolerationTime(c.tolerations)).toBe(c.want));
});

/** GetMatchingTolerations (pkg/apis/core/v1/helper/helpers.go) and ToleratesTaint (core/v1/toleration.go). */
describe('GetMatchingTolerations / ToleratesTaint', () => {
  const t1 = { key: 'k1', value: 'v1', effect: 'NoExecute' };
  const t2 = { key: 'k2', value: 'v2', effect: 'NoExecute' };
  const cases: { name: string; taints: TaintLike[]; tolerations: Toleration[]; all: boolean; used: number[] }[] = [
    { name: 'no taints, no tolerations', taints: [], tolerations: [], all: true, used: [] },
    { name: 'no taints, one toleration', taints: [], tolerations: [{ key: 'k1', value: 'v1' }], all: true, used: [] },
    { name: 'one taint, no tolerations', taints: [t1], tolerations: [], all: false, used: [] },
    {
      name: 'one taint, one matching toleration',
      taints: [t1],
      tolerations: [{ key: 'k1', value: 'v1', effect: 'NoExecute' }],
      all: true,
      used: [0],
    },
    {
      name: 'one taint, the first of two matching tolerations is used',
      taints: [t1],
      tolerations: [
        { key: 'k1', operator: 'Exists' },
        { key: 'k1', value: 'v1', effect: 'NoExecute' },
      ],
      all: true,
      used: [0],
    },
    {
      name: 'two taints, one tolerated',
      taints: [t1, t2],
      tolerations: [{ key: 'k1', value: 'v1' }],
      all: false,
      used: [],
    },
    {
      name: 'two taints, both tolerated (one toleration each, in taint order)',
      taints: [t1, t2],
      tolerations: [
        { key: 'k2', operator: 'Exists' },
        { key: 'k1', value: 'v1' },
      ],
      all: true,
      used: [1, 0],
    },
    {
      name: 'empty key with Exists tolerates everything',
      taints: [t1, t2],
      tolerations: [{ operator: 'Exists' }],
      all: true,
      used: [0, 0],
    },
    { name: 'wrong value', taints: [t1], tolerations: [{ key: 'k1', value: 'other' }], all: false, used: [] },
    {
      name: 'wrong effect',
      taints: [t1],
      tolerations: [{ key: 'k1', value: 'v1', effect: 'NoSchedule' }],
      all: false,
      used: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = getMatchingTolerations(c.taints, c.tolerations);
      expect(r.allTolerated).toBe(c.all);
      expect(r.used).toEqual(c.used.map((i) => c.tolerations[i]));
    });
  }
  it('an empty operator means Equal', () => {
    expect(toleratesTaint({ key: 'k1', value: 'v1' }, t1)).toBe(true);
    expect(toleratesTaint({ key: 'k1' }, t1)).toBe(false);
  });
});

// ------------------------------------------------------------ both entry points

const UNREACHABLE = 'node.kubernetes.io/unreachable';
const tolerationsYaml = (ts: Toleration[]) => (ts.length ? `  tolerations: ${JSON.stringify(ts)}\n` : '');
const podYaml = (ts: Toleration[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - {name: app, image: nginx:1.27}\n${tolerationsYaml(ts)}`;

/** Seconds from the node's NodeNotReady to the TaintManagerEviction event, or null. */
function delayIn(events: { time: number; reason: string; object: string }[]): number | null {
  const notReady = events.find((e) => e.reason === 'NodeNotReady');
  const evicted = events.find((e) => e.reason === 'TaintManagerEviction');
  return notReady && evicted ? evicted.time - notReady.time : null;
}

const scenarios: { name: string; tolerations: Toleration[]; delay: number | null }[] = [
  {
    name: 'the first matching toleration is used: [200 s, 30 s] waits 200 s',
    tolerations: [
      { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 200 },
      { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 },
    ],
    delay: 200,
  },
  {
    name: 'a first toleration without seconds: tolerated forever',
    tolerations: [
      { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute' },
      { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 },
    ],
    delay: null,
  },
  {
    name: 'a later toleration without seconds does not cancel the first one: [30 s, forever] waits 30 s',
    tolerations: [
      { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 },
      { operator: 'Exists' },
    ],
    delay: 30,
  },
  {
    name: 'a non-matching toleration first is ignored',
    tolerations: [
      { key: 'other', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 5 },
      { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 40 },
    ],
    delay: 40,
  },
  { name: 'the admission default: 300 s', tolerations: [], delay: 300 },
  {
    name: 'tolerationSeconds 0: at once',
    tolerations: [{ key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 0 }],
    delay: 0,
  },
];

describe('taint eviction: simulate and simulateCluster agree', () => {
  for (const c of scenarios) {
    it(c.name, () => {
      const lone = simulate({
        pod: podYaml(c.tolerations),
        cluster: { imagesOnNode: ['nginx:1.27'] },
        actions: [{ at: 10, action: 'nodeLost' }],
        until: 600,
      });
      const cluster = simulateCluster({
        nodes: { count: 1, imagesOnNode: ['nginx:1.27'] },
        objects: podYaml(c.tolerations),
        actions: [{ at: 10, action: 'nodeLost', node: 'node-1' }],
        until: 600,
      });
      expect(delayIn(lone.events)).toBe(c.delay);
      expect(delayIn(cluster.events)).toBe(c.delay);
    });
  }
});
