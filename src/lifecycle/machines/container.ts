/**
 * One container of the Pod spec, across its attempts, as the kubelet drives it
 * (kuberuntime_container.go `startContainer` / `killContainer`, images/image_manager.go, and the
 * crash-loop back-off of kuberuntime_manager.go `doBackOff`).
 */
import { setup } from 'xstate';

export type ContainerMachineEvent =
  | { type: 'PULL' }
  | { type: 'PULLED' }
  | { type: 'PULL_FAILED' }
  | { type: 'IMAGE_BACK_OFF' }
  | { type: 'IMAGE_ERROR' }
  | { type: 'START' }
  | { type: 'POST_START_DONE' }
  | { type: 'POST_START_FAILED' }
  | { type: 'KILL' }
  | { type: 'PRE_STOP_DONE' }
  | { type: 'SIGTERM' }
  | { type: 'SIGKILL' }
  | { type: 'EXIT' }
  | { type: 'BACK_OFF' }
  | { type: 'CREATE_FAILED' };

const restartable = {
  PULL: 'PullingImage',
  START: 'Starting',
  BACK_OFF: 'CrashLoopBackOff',
  IMAGE_ERROR: 'ImageError',
  CREATE_FAILED: 'Waiting',
} as const;

export const containerMachine = setup({ types: { events: {} as ContainerMachineEvent } }).createMachine({
  id: 'container',
  initial: 'Waiting',
  states: {
    /** No container yet: ContainerCreating, PodInitializing, or waiting for its turn. */
    Waiting: { on: { PULL: 'PullingImage', START: 'Starting', IMAGE_ERROR: 'ImageError', CREATE_FAILED: 'Waiting' } },
    /** The image manager pulls the image (pulls are serialised by default). */
    PullingImage: { on: { PULLED: 'Waiting', PULL_FAILED: 'ErrImagePull', START: 'Starting' } },
    /** The last pull failed (`ErrImagePull`); the image back-off for this image started. */
    ErrImagePull: { on: { PULL: 'PullingImage', IMAGE_BACK_OFF: 'ImagePullBackOff', START: 'Starting' } },
    /** A sync found the image still inside its back-off window (`ImagePullBackOff`). */
    ImagePullBackOff: { on: { PULL: 'PullingImage', IMAGE_BACK_OFF: 'ImagePullBackOff', START: 'Starting' } },
    /** `ErrImageNeverPull` or `InvalidImageName`: retried on every sync with the same result. */
    ImageError: { on: { PULL: 'PullingImage', START: 'Starting', IMAGE_ERROR: 'ImageError' } },
    /** Created and started by the runtime; the kubelet still runs the postStart hook. */
    Starting: {
      on: { POST_START_DONE: 'Running', POST_START_FAILED: 'Stopping', EXIT: 'Terminated', KILL: 'Stopping' },
    },
    Running: { on: { KILL: 'Stopping', EXIT: 'Terminated' } },
    /** Being stopped: preStop hook, then SIGTERM, then SIGKILL at the end of the grace period. */
    Stopping: { on: { PRE_STOP_DONE: 'Stopping', SIGTERM: 'Stopping', SIGKILL: 'Stopping', EXIT: 'Terminated' } },
    /** The process exited; the kubelet decides whether to restart it (restartPolicy, back-off). */
    Terminated: { on: restartable },
    /** A restart is held back until the crash-loop back-off expires. */
    CrashLoopBackOff: { on: restartable },
  },
});
