import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lifecycle';
import { eventTimes, onePod, startTimes, watchLines } from './simulate-helpers';

const pod = (image: string, extraContainer = '', extraSpec = '') => `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:${extraSpec ? '\n' + extraSpec : ''}
  containers:
  - name: app
    image: ${image}${extraContainer ? '\n' + extraContainer : ''}
`;

describe('simulate: image pulls', () => {
  it('a missing image: ErrImagePull, then ImagePullBackOff, retries 10, 20, 40, 80 s after each failure', () => {
    const sim = simulate({ pod: pod('nginx:nope'), cluster: { missingImages: ['nginx:nope'] }, until: 200 });
    const pulls = eventTimes(sim, 'Pulling');
    const failures = sim.events
      .filter((e) => e.reason === 'Failed' && e.message.startsWith('Failed to pull'))
      .map((e) => e.time);
    expect(pulls).toEqual([0, 11, 32, 73, 154]);
    expect(failures).toEqual([1, 12, 33, 74, 155]);
    expect(pulls.slice(1).map((p, i) => p - failures[i])).toEqual([10, 20, 40, 80]);
    expect(sim.events.slice(1, 4).map((e) => [e.type, e.reason, e.message])).toEqual([
      ['Normal', 'Pulling', 'Pulling image "nginx:nope"'],
      [
        'Warning',
        'Failed',
        'Failed to pull image "nginx:nope": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:nope": failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found',
      ],
      ['Warning', 'Failed', 'Error: ErrImagePull'],
    ]);
    expect(sim.events.find((e) => e.reason === 'BackOff')).toMatchObject({
      type: 'Normal',
      time: 22,
      message: 'Back-off pulling image "nginx:nope"',
    });
    expect(sim.events.find((e) => e.message === 'Error: ImagePullBackOff')?.time).toBe(22);
    expect(watchLines(sim).slice(0, 6)).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 ContainerCreating 0',
      '1 0/1 ErrImagePull 0',
      '22 0/1 ImagePullBackOff 0',
      '33 0/1 ErrImagePull 0',
      '43 0/1 ImagePullBackOff 0',
    ]);
    const w = sim.statusAt(25).containerStatuses![0].state.waiting!;
    expect(w.reason).toBe('ImagePullBackOff');
    expect(w.message).toMatch(/^Back-off pulling image "nginx:nope": ErrImagePull: rpc error: code = NotFound/);
    expect(sim.statusAt(25).phase).toBe('Pending');
  });

  it('the image back-off caps at 300 s', () => {
    const sim = simulate({ pod: pod('nginx:nope'), cluster: { missingImages: ['nginx:nope'] }, until: 3000 });
    const pulls = eventTimes(sim, 'Pulling');
    const failures = pulls.map((p) => p + 1);
    const waits = pulls.slice(1).map((p, i) => p - failures[i]);
    expect(waits.slice(0, 8)).toEqual([10, 20, 40, 80, 160, 300, 300, 300]);
    expect(Math.max(...waits)).toBe(300);
  });

  it('a private image without a pull secret fails like a pull, with an auth message; with the secret it pulls', () => {
    const cluster = { privateImages: { 'registry.example.com/team/app:1': ['regcred'] }, secrets: ['regcred'] };
    const denied = simulate({ pod: pod('registry.example.com/team/app:1'), cluster, until: 15 });
    expect(denied.events.find((e) => e.reason === 'Failed')?.message).toMatch(
      /pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed$/,
    );
    const ok = simulate({
      pod: pod('registry.example.com/team/app:1', '', '  imagePullSecrets:\n  - name: regcred'),
      cluster,
      until: 15,
    });
    expect(startTimes(ok)).toEqual([2]);
  });

  it('a pull secret that does not exist: FailedToRetrieveImagePullSecret, then the auth failure', () => {
    const cluster = { privateImages: { 'registry.example.com/team/app:1': ['regcred'] } };
    const sim = simulate({
      pod: pod('registry.example.com/team/app:1', '', '  imagePullSecrets:\n  - name: regcred'),
      cluster,
      until: 5,
    });
    expect(sim.events.find((e) => e.reason === 'FailedToRetrieveImagePullSecret')?.message).toBe(
      'Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.',
    );
    expect(sim.statusAt(5).containerStatuses![0].state.waiting?.reason).toBe('ErrImagePull');
  });

  it('imagePullPolicy Never with the image absent: ErrImageNeverPull', () => {
    const sim = simulate({ pod: pod('nginx:1.27', '    imagePullPolicy: Never'), until: 30 });
    expect(sim.events.find((e) => e.reason === 'ErrImageNeverPull')).toMatchObject({
      type: 'Warning',
      message: 'Container image "nginx:1.27" is not present with pull policy of Never',
    });
    expect(sim.statusAt(5).containerStatuses![0].state.waiting).toEqual({
      reason: 'ErrImageNeverPull',
      message: 'Container image "nginx:1.27" is not present with pull policy of Never',
    });
    expect(eventTimes(sim, 'ErrImageNeverPull')).toEqual([0, 10, 20, 30]);
    expect(sim.watch.at(-1)?.status).toBe('ErrImageNeverPull');
  });

  it('imagePullPolicy Never with the image present starts at once', () => {
    const sim = simulate({
      pod: pod('nginx:1.27', '    imagePullPolicy: Never'),
      cluster: { imagesOnNode: ['docker.io/library/nginx:1.27'] },
      until: 5,
    });
    expect(startTimes(sim)).toEqual([0]);
  });

  it('an invalid image name: InspectFailed, InvalidImageName', () => {
    const sim = simulate({ pod: pod('nginx:1.27:bad'), until: 5 });
    const e = sim.events.find((x) => x.reason === 'InspectFailed');
    expect(e?.message).toMatch(
      /^Failed to apply default image tag "nginx:1\.27:bad": couldn't parse image name "nginx:1\.27:bad": invalid reference format/,
    );
    expect(sim.statusAt(5).containerStatuses![0].state.waiting?.reason).toBe('InvalidImageName');
    expect(sim.watch.at(-1)?.status).toBe('InvalidImageName');
  });

  it('Always (the default for :latest) pulls even when the image is on the node', () => {
    const sim = simulate({ pod: pod('nginx'), cluster: { imagesOnNode: ['nginx:latest'] }, until: 5 });
    expect(sim.pod.spec.containers[0].imagePullPolicy).toBe('Always');
    expect(sim.events.find((e) => e.reason === 'Pulled')?.message).toBe(
      'Successfully pulled image "nginx" in 1s (1s including waiting)',
    );
    expect(startTimes(sim)).toEqual([1]);
  });

  it('pullSeconds sets the pull time; pulls are serialised', () => {
    const two = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - {name: a, image: "nginx:1.27"}
  - {name: b, image: "redis:7"}
`;
    const sim = simulate({ pod: two, behavior: { a: { pullSeconds: 5 }, b: { pullSeconds: 3 } }, until: 20 });
    expect(startTimes(sim, 'a')).toEqual([5]);
    expect(startTimes(sim, 'b')).toEqual([8]);
    // The status is written when the sync ends: both appear running together.
    expect(sim.watch.map((w) => `${w.time} ${w.ready} ${w.status}`)).toEqual([
      '0 0/2 Pending',
      '0 0/2 ContainerCreating',
      '8 2/2 Running',
    ]);
  });

  it('an image change (patch) restarts the container with the new image', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: { imagesOnNode: ['nginx:1.27'] },
      until: 40,
      actions: [{ at: 10, action: 'patch', patch: { spec: { containers: [{ name: 'app', image: 'nginx:1.28' }] } } }],
    });
    expect(sim.events.find((e) => e.reason === 'Killing')).toMatchObject({
      time: 10,
      message: 'Container app definition changed, will be restarted',
    });
    expect(eventTimes(sim, 'Pulling')).toEqual([11]);
    expect(startTimes(sim)).toEqual([0, 13]);
    const cs = sim.statusAt(20).containerStatuses![0];
    expect(cs).toMatchObject({ restartCount: 1, image: 'docker.io/library/nginx:1.28' });
    expect(sim.podAt(20)?.spec.containers[0].image).toBe('nginx:1.28');
    // imagePullPolicy was set at creation and is kept.
    expect(sim.podAt(20)?.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
  });
});
