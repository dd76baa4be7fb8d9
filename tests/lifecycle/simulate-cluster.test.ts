import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lifecycle';
import { eventTimes, onePod, preloaded, startTimes, transitionsOf, watchLines } from './simulate-helpers';

describe('simulate: node failure', () => {
  it('NodeNotReady after 50 s, taint eviction after 300 s, Terminating until the node returns', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      actions: [
        { at: 100, action: 'nodeLost' },
        { at: 1000, action: 'nodeReady' },
      ],
      until: 1100,
    });
    expect(
      sim.events.filter((e) => e.source !== 'kubelet').map((e) => [e.time, e.type, e.reason, e.message, e.source]),
    ).toEqual([
      [0, 'Normal', 'Scheduled', 'Successfully assigned default/web to node-1', 'default-scheduler'],
      [150, 'Warning', 'NodeNotReady', 'Node is not ready', 'node-controller'],
      [450, 'Normal', 'TaintManagerEviction', 'Marking for deletion Pod default/web', 'taint-eviction-controller'],
    ]);
    expect(sim.statusAt(149).conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(sim.statusAt(150).conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'False',
      lastTransitionTime: 150,
    });
    expect(sim.statusAt(450).conditions?.find((c) => c.type === 'DisruptionTarget')).toMatchObject({
      status: 'True',
      reason: 'DeletionByTaintManager',
      message: 'Taint manager: deleting due to NoExecute taint',
    });
    expect(sim.podAt(450)?.metadata).toMatchObject({ deletionTimestamp: 480, deletionGracePeriodSeconds: 30 });
    // Stuck in Terminating while the kubelet is unreachable.
    expect(sim.podAt(999)).not.toBeNull();
    expect(sim.statusAt(999).phase).toBe('Running');
    expect(watchLines(sim)).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 ContainerCreating 0',
      '0 1/1 Running 0',
      '450 1/1 Terminating 0',
      '1001 0/1 Error 0',
    ]);
    expect(eventTimes(sim, 'Killing')).toEqual([1000]);
    expect(sim.removedAt).toBe(1001);
    expect(sim.statusAt(1001).conditions?.find((c) => c.type === 'DisruptionTarget')?.status).toBe('True');
    expect(transitionsOf(sim, 'node/node-1').map((t) => t.split('(')[0])).toEqual([
      '0:null->Ready',
      '100:Ready->Silent',
      '150:Silent->Unreachable',
      '1000:Unreachable->Ready',
    ]);
  });

  it('no NodeNotReady event for a Pod whose Ready condition is already False (MarkPodsNotReady writes only a change)', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 5, exitCode: 1 } },
      actions: [{ at: 100, action: 'nodeLost' }],
      until: 500,
    });
    const ready = sim.statusAt(99).conditions?.find((c) => c.type === 'Ready');
    expect(ready?.status).toBe('False');
    expect(eventTimes(sim, 'NodeNotReady')).toEqual([]);
    expect(sim.statusAt(200).conditions?.find((c) => c.type === 'Ready')).toEqual(ready);
    // The taint still evicts it.
    expect(eventTimes(sim, 'TaintManagerEviction')).toEqual([450]);
  });

  it('freezes the status while the node is lost: the kubelet keeps restarting, the API does not see it', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: [{ exitAfterSeconds: 120, exitCode: 1 }, {}] },
      actions: [
        { at: 100, action: 'nodeLost' },
        { at: 130, action: 'nodeReady' },
      ],
      until: 140,
    });
    expect(startTimes(sim)).toEqual([0]);
    expect(sim.statusAt(125).containerStatuses![0].restartCount).toBe(0);
    expect(sim.statusAt(130).containerStatuses![0].restartCount).toBe(1);
  });

  it('a force delete while the node is lost removes the object at once', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      actions: [
        { at: 100, action: 'nodeLost' },
        { at: 500, action: 'delete', force: true },
      ],
      until: 600,
    });
    expect(sim.removedAt).toBe(500);
    expect(sim.podAt(500)).toBeNull();
  });

  it('a toleration without tolerationSeconds keeps the Pod on the lost node', () => {
    const pod = onePod(
      '  tolerations:\n  - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute}',
    );
    const sim = simulate({ pod, cluster: preloaded, actions: [{ at: 10, action: 'nodeLost' }], until: 2000 });
    expect(eventTimes(sim, 'TaintManagerEviction')).toEqual([]);
    expect(sim.podAt(2000)?.metadata.deletionTimestamp).toBeUndefined();
  });
});

describe('simulate: static Pods', () => {
  it('skip the scheduler; the mirror Pod is named <name>-<node> and annotated', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: { ...preloaded, staticPod: true, nodeName: 'worker-2' },
      until: 10,
    });
    expect(sim.pod.metadata.name).toBe('web-worker-2');
    expect(sim.pod.metadata.annotations?.['kubernetes.io/config.mirror']).toBeTruthy();
    expect(sim.events.map((e) => e.reason)).not.toContain('Scheduled');
    expect(sim.watch.at(-1)).toMatchObject({ name: 'web-worker-2', status: 'Running' });
  });

  it('never get a terminal phase from the kubelet, and deleting the mirror does not stop them', () => {
    const sim = simulate({
      pod: onePod('  restartPolicy: Never'),
      cluster: { ...preloaded, staticPod: true },
      behavior: { app: { exitAfterSeconds: 5 } },
      actions: [{ at: 10, action: 'delete' }],
      until: 30,
    });
    expect(sim.removedAt).toBeUndefined();
    expect(sim.notice).toMatch(/mirror of a static Pod/);
    expect(sim.statusAt(20).phase).toBe('Succeeded');
  });
});

describe('simulate: RuntimeClass', () => {
  it('a handler the runtime lacks: FailedCreatePodSandBox, retried, Pod stays Pending', () => {
    const sim = simulate({
      pod: onePod('  runtimeClassName: gvisor'),
      cluster: { runtimeClasses: { gvisor: 'runsc' } },
      until: 35,
    });
    expect(sim.events.filter((e) => e.reason === 'FailedCreatePodSandBox').map((e) => e.time)).toEqual([0, 10, 20, 30]);
    expect(sim.events[1].message).toBe(
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "runsc" is configured',
    );
    const st = sim.statusAt(35);
    expect(st.phase).toBe('Pending');
    expect(st.conditions?.find((c) => c.type === 'PodReadyToStartContainers')?.status).toBe('False');
    expect(st.containerStatuses![0].state.waiting?.reason).toBe('ContainerCreating');
  });

  it('a handler the runtime has runs normally', () => {
    const sim = simulate({
      pod: onePod('  runtimeClassName: gvisor'),
      cluster: { ...preloaded, runtimeClasses: { gvisor: 'runsc' }, runtimeHandlers: ['runc', 'runsc'] },
      until: 5,
    });
    expect(startTimes(sim)).toEqual([0]);
  });
});

describe('simulate: ephemeral containers (debug)', () => {
  it('appear in ephemeralContainerStatuses, are never restarted, have no probes', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      until: 60,
      actions: [
        {
          at: 10,
          action: 'debug',
          container: { name: 'dbg', image: 'busybox:1.36', targetContainerName: 'app' },
          behavior: { exitAfterSeconds: 20, exitCode: 1 },
        },
      ],
    });
    expect(startTimes(sim, 'dbg')).toEqual([10]);
    expect(sim.events.find((e) => e.object.endsWith('{dbg}'))?.object).toBe('pod/web spec.ephemeralContainers{dbg}');
    expect(sim.statusAt(15).ephemeralContainerStatuses?.[0]).toMatchObject({
      name: 'dbg',
      state: { running: { startedAt: 10 } },
    });
    expect(sim.statusAt(40).ephemeralContainerStatuses?.[0].state.terminated).toMatchObject({
      exitCode: 1,
      finishedAt: 30,
    });
    expect(sim.podAt(15)?.spec.ephemeralContainers?.[0]).toMatchObject({
      name: 'dbg',
      targetContainerName: 'app',
      imagePullPolicy: 'IfNotPresent',
    });
    expect(sim.statusAt(40).phase).toBe('Running');
    expect(sim.watch.at(-1)?.ready).toBe('1/1');
  });

  it('a forbidden field (ports) is refused with a notice; the run goes on', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      until: 20,
      actions: [
        { at: 5, action: 'debug', container: { name: 'dbg', image: 'busybox:1.36', ports: [{ containerPort: 80 }] } },
      ],
    });
    expect(sim.notice).toMatch(/^t=5s: The Pod "web" is invalid: /);
    expect(sim.podAt(10)?.spec.ephemeralContainers).toBeUndefined();
  });
});

describe('simulate: updates', () => {
  it('a forbidden patch is recorded as a notice and the Pod keeps running unchanged', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      until: 30,
      actions: [
        {
          at: 10,
          action: 'patch',
          patch: { spec: { containers: [{ name: 'app', env: [{ name: 'A', value: '1' }] }] } },
        },
      ],
    });
    expect(sim.notice).toMatch(
      /^t=10s: The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than/,
    );
    expect(sim.podAt(20)?.spec.containers[0].env).toBeUndefined();
    expect(startTimes(sim)).toEqual([0]);
  });

  it('a YAML patch string works like an object', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: { imagesOnNode: ['nginx:1.27', 'nginx:1.28'] },
      until: 30,
      actions: [{ at: 10, action: 'patch', patch: 'spec:\n  containers:\n  - name: app\n    image: nginx:1.28\n' }],
    });
    expect(startTimes(sim)).toEqual([0, 11]);
  });

  it('replace with a changed image restarts the container; replace with a changed command is refused', () => {
    const next = onePod().replace('nginx:1.27', 'nginx:1.28');
    const ok = simulate({
      pod: onePod(),
      cluster: { imagesOnNode: ['nginx:1.27', 'nginx:1.28'] },
      until: 30,
      actions: [{ at: 10, action: 'replace', pod: next }],
    });
    expect(ok.notice).toBeUndefined();
    expect(startTimes(ok)).toEqual([0, 11]);
    const bad = simulate({
      pod: onePod(),
      cluster: preloaded,
      until: 30,
      actions: [{ at: 10, action: 'replace', pod: onePod('', '    command: ["sleep", "1"]') }],
    });
    expect(bad.notice).toMatch(/Forbidden: pod updates may not change fields/);
  });

  it('activeDeadlineSeconds set by a patch ends the Pod', () => {
    const sim = simulate({
      pod: onePod('  restartPolicy: Never'),
      cluster: preloaded,
      actions: [{ at: 20, action: 'patch', patch: { spec: { activeDeadlineSeconds: 60 } } }],
      until: 120,
    });
    expect(eventTimes(sim, 'DeadlineExceeded')).toEqual([60]);
    expect(sim.statusAt(61).phase).toBe('Failed');
  });

  it('actions after the object is gone give a NotFound notice', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      actions: [
        { at: 5, action: 'delete', force: true },
        { at: 6, action: 'delete' },
      ],
    });
    expect(sim.notice).toMatch(/t=6s: Error from server \(NotFound\): pods "web" not found/);
  });
});

describe('simulate: scheduling', () => {
  it('a delayed binding: FailedScheduling, then Scheduled', () => {
    const sim = simulate({ pod: onePod(), cluster: { ...preloaded, scheduleAfterSeconds: 12 }, until: 20 });
    expect(sim.events.map((e) => [e.time, e.reason])).toEqual([
      [0, 'FailedScheduling'],
      [12, 'Scheduled'],
      [12, 'Pulled'],
      [12, 'Created'],
      [12, 'Started'],
    ]);
    expect(sim.statusAt(5).conditions).toEqual([
      expect.objectContaining({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }),
    ]);
    expect(sim.podAt(5)?.spec.nodeName).toBeUndefined();
    expect(sim.podAt(12)?.spec.nodeName).toBe('node-1');
  });

  it('spec.nodeName skips the scheduler', () => {
    const sim = simulate({ pod: onePod('  nodeName: edge-7'), cluster: preloaded, until: 5 });
    expect(sim.events.map((e) => e.reason)).toEqual(['Pulled', 'Created', 'Started']);
  });
});
