import type { KubeEvent, Pod, PodStatus, Simulation, Transition, WatchLine } from '../../src/lifecycle/types';

/** A hand-made crash loop: app runs 5 s, exits 1, restarts after 10 s back-off, twice. */
export function crashLoopSim(): Simulation {
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'crash', namespace: 'default' },
    spec: {
      containers: [{ name: 'app', image: 'busybox:1.36' }],
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
    },
  };
  const status = (t: number): PodStatus => {
    const cs = (state: PodStatus['containerStatuses']) => state;
    if (t < 2)
      return {
        phase: 'Pending',
        containerStatuses: cs([
          {
            name: 'app',
            state: { waiting: { reason: 'ContainerCreating' } },
            lastState: {},
            ready: false,
            restartCount: 0,
            image: 'busybox:1.36',
          },
        ]),
      };
    if (t < 7)
      return {
        phase: 'Running',
        startTime: 0,
        containerStatuses: cs([
          {
            name: 'app',
            state: { running: { startedAt: 2 } },
            lastState: {},
            ready: true,
            restartCount: 0,
            image: 'busybox:1.36',
          },
        ]),
      };
    if (t < 17)
      return {
        phase: 'Running',
        containerStatuses: cs([
          {
            name: 'app',
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } },
            ready: false,
            restartCount: 0,
            image: 'busybox:1.36',
          },
        ]),
      };
    if (t < 22)
      return {
        phase: 'Running',
        containerStatuses: cs([
          {
            name: 'app',
            state: { running: { startedAt: 17 } },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } },
            ready: true,
            restartCount: 1,
            image: 'busybox:1.36',
          },
        ]),
      };
    return {
      phase: 'Running',
      containerStatuses: cs([
        {
          name: 'app',
          state: { terminated: { exitCode: 137, reason: 'Error', startedAt: 17, finishedAt: 22 } },
          lastState: {},
          ready: false,
          restartCount: 1,
          image: 'busybox:1.36',
        },
      ]),
    };
  };
  const events: KubeEvent[] = [
    {
      time: 0,
      type: 'Normal',
      reason: 'Scheduled',
      object: 'pod/crash',
      message: 'Successfully assigned default/crash to node-1',
      source: 'default-scheduler',
    },
    {
      time: 1,
      type: 'Normal',
      reason: 'Pulled',
      object: 'pod/crash spec.containers{app}',
      message: 'Container image "busybox:1.36" already present on machine',
      source: 'kubelet',
    },
    {
      time: 7,
      type: 'Warning',
      reason: 'BackOff',
      object: 'pod/crash spec.containers{app}',
      message: 'Back-off restarting failed container app in pod crash_default(uid)',
      source: 'kubelet',
    },
    {
      time: 12,
      type: 'Warning',
      reason: 'BackOff',
      object: 'pod/crash spec.containers{app}',
      message: 'Back-off restarting failed container app in pod crash_default(uid)',
      source: 'kubelet',
    },
    {
      time: 19,
      type: 'Warning',
      reason: 'Unhealthy',
      object: 'pod/crash spec.containers{app}',
      message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
      source: 'kubelet',
    },
    {
      time: 20,
      type: 'Normal',
      reason: 'Killing',
      object: 'pod/crash spec.containers{app}',
      message: 'Stopping container app',
      source: 'kubelet',
    },
  ];
  const watch: WatchLine[] = [
    { time: 0, name: 'crash', ready: '0/1', status: 'Pending', restarts: '0', age: '0s' },
    { time: 2, name: 'crash', ready: '1/1', status: 'Running', restarts: '0', age: '2s' },
    { time: 7, name: 'crash', ready: '0/1', status: 'CrashLoopBackOff', restarts: '0', age: '7s' },
    { time: 17, name: 'crash', ready: '1/1', status: 'Running', restarts: '1 (0s ago)', age: '17s' },
  ];
  const transitions: Transition[] = [
    { time: 0, machine: 'container/app', machineId: 'container', from: null, to: 'Waiting' },
    { time: 2, machine: 'container/app', machineId: 'container', from: 'Waiting', to: 'Starting' },
    { time: 2, machine: 'container/app', machineId: 'container', from: 'Starting', to: 'Running' },
    { time: 7, machine: 'container/app', machineId: 'container', from: 'Running', to: 'Terminated' },
    { time: 7, machine: 'container/app', machineId: 'container', from: 'Terminated', to: 'CrashLoopBackOff' },
    { time: 20, machine: 'container/app', machineId: 'container', from: 'Running', to: 'Stopping', cause: 'SIGTERM' },
    { time: 22, machine: 'container/app', machineId: 'container', from: 'Stopping', to: 'Stopping', cause: 'SIGKILL' },
    { time: 0, machine: 'pod', machineId: 'pod', from: null, to: 'Pending/Scheduled' },
    { time: 2, machine: 'pod', machineId: 'pod', from: 'Pending/Scheduled', to: 'Running/Started' },
  ];
  return {
    pod,
    events,
    watch,
    transitions,
    statusAt: status,
    podAt: (t: number) =>
      t > 25
        ? null
        : {
            ...pod,
            metadata: { ...pod.metadata, ...(t >= 20 ? { deletionTimestamp: 22, deletionGracePeriodSeconds: 2 } : {}) },
            status: status(t),
          },
    endTime: 25,
    stopReason: 'until',
  };
}
