import { describe, expect, it } from 'vitest';
import { PodLabError, invalidMessage } from '../../src/lifecycle/errors';
import {
  UPDATABLE_POD_SPEC_FIELDS,
  validatePod,
  validatePodEphemeralContainersUpdate,
  validatePodUpdate,
} from '../../src/lifecycle/validation';
import type { Pod } from '../../src/lifecycle/types';
import { validPod, validationCases } from './fixtures/validation-cases';

describe('validatePod (ValidatePodCreate subset)', () => {
  it('accepts the valid base Pod', () => {
    expect(validatePod(validPod())).toEqual([]);
  });
  it.each(validationCases.map((c) => [`${c.name} (${c.upstream})`, c] as const))('%s', (_label, c) => {
    const pod = validPod();
    c.mutate(pod);
    expect(validatePod(pod)).toEqual(c.want);
  });
  it('reports every problem at once', () => {
    const pod = validPod();
    pod.metadata.name = 'Web';
    delete pod.spec.containers[0].image;
    pod.spec.restartPolicy = 'Sometimes' as never;
    expect(validatePod(pod).map((e) => e.field)).toEqual([
      'metadata.name',
      'spec.containers[0].image',
      'spec.restartPolicy',
    ]);
  });
});

describe('kubectl wording of an Invalid error (kubectl helpers.go MultilineError)', () => {
  it('one cause on one line', () => {
    expect(invalidMessage('Pod', 'web', [{ field: 'spec.containers[0].image', message: 'Required value' }])).toBe(
      'The Pod "web" is invalid: spec.containers[0].image: Required value',
    );
  });
  it('several causes as a bulleted list', () => {
    const e = PodLabError.invalid('web', [
      { field: 'spec.containers[0].image', message: 'Required value' },
      {
        field: 'spec.restartPolicy',
        message: 'Unsupported value: "x": supported values: "Always", "OnFailure", "Never"',
      },
    ]);
    expect(e.kind).toBe('invalid');
    expect(e.message).toBe(
      'The Pod "web" is invalid: \n* spec.containers[0].image: Required value\n* spec.restartPolicy: Unsupported value: "x": supported values: "Always", "OnFailure", "Never"',
    );
    expect(e).toBeInstanceOf(Error);
  });
});

describe('validatePodUpdate (ValidatePodUpdate)', () => {
  const stored = (): Pod => {
    const p = validPod();
    p.spec.activeDeadlineSeconds = 600;
    return p;
  };
  it('allows changing images, lowering activeDeadlineSeconds, adding tolerations', () => {
    const next = stored();
    next.spec.containers[0].image = 'nginx:1.28';
    next.spec.activeDeadlineSeconds = 300;
    next.spec.tolerations = [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }];
    expect(validatePodUpdate(next, stored())).toEqual([]);
  });
  it('refuses any other spec change with the upstream message and a diff', () => {
    const next = stored();
    next.spec.containers[0].ports![0].containerPort = 8080;
    const errs = validatePodUpdate(next, stored());
    expect(errs).toHaveLength(1);
    expect(errs[0].field).toBe('spec');
    expect(errs[0].message).toMatch(
      /^Forbidden: pod updates may not change fields other than `spec\.containers\[\*\]\.image`,`spec\.initContainers\[\*\]\.image`,`spec\.activeDeadlineSeconds`,`spec\.tolerations` \(only additions to existing tolerations\),`spec\.terminationGracePeriodSeconds` \(allow it to be set to 1 if it was previously negative\)\n/,
    );
    expect(errs[0].message).toContain(
      '- spec.containers[0].ports[0].containerPort: 80\n+ spec.containers[0].ports[0].containerPort: 8080',
    );
    expect(UPDATABLE_POD_SPEC_FIELDS).toHaveLength(5);
  });
  it('refuses adding or removing containers', () => {
    const next = stored();
    next.spec.containers.push({ name: 'side', image: 'busybox' });
    expect(validatePodUpdate(next, stored())).toEqual([
      { field: 'spec.containers', message: 'Forbidden: pod updates may not add or remove containers' },
    ]);
  });
  it('activeDeadlineSeconds may only go down and not be removed', () => {
    const up = stored();
    up.spec.activeDeadlineSeconds = 900;
    expect(validatePodUpdate(up, stored())).toEqual([
      {
        field: 'spec.activeDeadlineSeconds',
        message: 'Invalid value: 900: must be less than or equal to previous value',
      },
    ]);
    const gone = stored();
    delete gone.spec.activeDeadlineSeconds;
    expect(validatePodUpdate(gone, stored())).toEqual([
      {
        field: 'spec.activeDeadlineSeconds',
        message: 'Invalid value: null: must not update from a positive integer to nil value',
      },
    ]);
  });
  it('existing tolerations may change only their tolerationSeconds', () => {
    const old = stored();
    old.spec.tolerations = [{ key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }];
    const next = structuredClone(old);
    next.spec.tolerations![0].tolerationSeconds = 30;
    expect(validatePodUpdate(next, old)).toEqual([]);
    next.spec.tolerations![0].key = 'other';
    expect(validatePodUpdate(next, old)).toEqual([
      {
        field: 'spec.tolerations',
        message: 'Forbidden: existing toleration can not be modified except its tolerationSeconds',
      },
    ]);
  });
  it('terminationGracePeriodSeconds may go from negative to 1', () => {
    const old = stored();
    old.spec.terminationGracePeriodSeconds = -5;
    const next = structuredClone(old);
    next.spec.terminationGracePeriodSeconds = 1;
    expect(validatePodUpdate(next, old)).toEqual([]);
    next.spec.terminationGracePeriodSeconds = 2;
    expect(validatePodUpdate(next, old)[0].message).toMatch(/^Forbidden: pod updates may not change fields other than/);
  });
});

describe('validatePodEphemeralContainersUpdate', () => {
  const withDebug = (): Pod => {
    const p = validPod();
    p.spec.ephemeralContainers = [{ name: 'debug', image: 'busybox', targetContainerName: 'app' }];
    return p;
  };
  it('accepts adding an ephemeral container', () => {
    expect(validatePodEphemeralContainersUpdate(withDebug(), validPod())).toEqual([]);
  });
  it('refuses changing or removing one', () => {
    const changed = withDebug();
    changed.spec.ephemeralContainers![0].image = 'alpine';
    expect(validatePodEphemeralContainersUpdate(changed, withDebug())[0].message).toMatch(
      /^Forbidden: existing ephemeral containers "debug" may not be changed\n/,
    );
    expect(validatePodEphemeralContainersUpdate(validPod(), withDebug())).toEqual([
      {
        field: 'spec.ephemeralContainers',
        message: 'Forbidden: existing ephemeral containers "debug" may not be removed\n',
      },
    ]);
  });
  it('static Pods refuse ephemeral containers', () => {
    const old = validPod();
    old.metadata.annotations = { 'kubernetes.io/config.mirror': 'x' };
    old.spec.nodeName = 'node-1';
    const next = withDebug();
    next.metadata.annotations = old.metadata.annotations;
    next.spec.nodeName = 'node-1';
    expect(validatePodEphemeralContainersUpdate(next, old)).toEqual([
      { field: '', message: 'Forbidden: static pods do not support ephemeral containers' },
    ]);
  });
});
