import { describe, expect, it } from 'vitest';
import { defaultPullPolicy, normalizeImage, parseImageName } from '../../src/lifecycle/image';
import { parseImageCases, pullPolicyCases } from './fixtures/image-cases';

describe('parseImageName: upstream parsers_test.go TestParseImageName', () => {
  it.each(parseImageCases.map((c) => [c.input, c] as const))('%s', (_input, c) => {
    const r = parseImageName(c.input);
    if (c.expectedError) {
      expect('error' in r && r.error).toContain(c.expectedError);
      expect('error' in r && r.error).toContain(`couldn't parse image name ${JSON.stringify(c.input)}`);
    } else {
      expect(r).toEqual({ repository: c.repo, tag: c.tag ?? '', digest: c.digest ?? '' });
    }
  });
});

describe('defaultPullPolicy (SetDefaults_Container)', () => {
  it.each(pullPolicyCases)('%s → %s', (image, want) => {
    expect(defaultPullPolicy(image)).toBe(want);
  });
});

describe('normalizeImage', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['index.docker.io/library/nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['docker.io/nginx', 'docker.io/library/nginx:latest'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis:7'],
    ['localhost/app', 'localhost/app:latest'],
    ['ghcr.io/org/tool@sha256:' + 'a'.repeat(64), 'ghcr.io/org/tool@sha256:' + 'a'.repeat(64)],
  ])('%s → %s', (image, want) => {
    expect(normalizeImage(image)).toBe(want);
  });
  it('leaves an unparsable name as it is', () => {
    expect(normalizeImage('NGINX')).toBe('NGINX');
  });
  it('gives the same name for spellings of one image', () => {
    expect(normalizeImage('nginx')).toBe(normalizeImage('docker.io/library/nginx:latest'));
  });
  it('checks digests like go-digest', () => {
    expect(parseImageName('nginx@sha256:abc' + '0'.repeat(29))).toEqual({
      error: expect.stringContaining('invalid checksum digest length'),
    });
    expect(parseImageName('nginx@md5:' + '0'.repeat(32))).toEqual({
      error: expect.stringContaining('unsupported digest algorithm'),
    });
  });
});
