/**
 * Image references, as the kubelet and the API server's defaulting read them.
 *
 * Follows `pkg/util/parsers/parsers.go` `ParseImageName`, which calls
 * `github.com/distribution/reference` `ParseNormalizedNamed` (docker.io / library/ normalisation),
 * and the digest checks of `github.com/opencontainers/go-digest`.
 */
import type { PullPolicy } from './types';

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library';
const DEFAULT_TAG = 'latest';
const NAME_TOTAL_LENGTH_MAX = 255;

// distribution/reference regexp.go grammar.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const namePat = `(?:${domainAndPort}/)?${pathComponent}(?:/${pathComponent})*`;
const referenceRegexp = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;
const digestAnchored = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const digestLengths: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export interface ParsedImage {
  repository: string;
  tag: string;
  digest: string;
}

/** go-digest `Digest.Validate`, with its error texts. */
function validateDigest(d: string): string | null {
  const i = d.indexOf(':');
  if (i <= 0 || i + 1 === d.length) return 'invalid checksum digest format';
  const algorithm = d.slice(0, i);
  const encoded = d.slice(i + 1);
  const size = digestLengths[algorithm];
  if (size === undefined)
    return digestAnchored.test(d) ? 'unsupported digest algorithm' : 'invalid checksum digest format';
  if (encoded.length !== size) return 'invalid checksum digest length';
  if (!/^[a-f0-9]+$/.test(encoded)) return 'invalid checksum digest format';
  return null;
}

/** distribution/reference `splitDockerDomain`. */
function splitDockerDomain(name: string): [string, string] {
  let domain: string;
  let remainder: string;
  const i = name.indexOf('/');
  if (
    i === -1 ||
    (!/[.:]/.test(name.slice(0, i)) &&
      name.slice(0, i) !== 'localhost' &&
      name.slice(0, i).toLowerCase() === name.slice(0, i))
  ) {
    domain = DEFAULT_DOMAIN;
    remainder = name;
  } else {
    domain = name.slice(0, i);
    remainder = name.slice(i + 1);
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = `${OFFICIAL_REPO_PREFIX}/${remainder}`;
  return [domain, remainder];
}

/** distribution/reference `ParseNormalizedNamed` + `Parse`; returns the parts or the library's error text. */
function parseNormalizedNamed(s: string): (ParsedImage & { rawTag: string }) | { error: string } {
  if (anchoredIdentifier.test(s))
    return { error: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings` };
  const [domain, remainder] = splitDockerDomain(s);
  const tagSep = remainder.indexOf(':');
  const remoteName = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remoteName.toLowerCase() !== remoteName)
    return { error: 'invalid reference format: repository name (' + remoteName + ') must be lowercase' };
  const full = `${domain}/${remainder}`;
  const m = referenceRegexp.exec(full);
  if (!m) {
    if (full === '') return { error: 'repository name must have at least one component' };
    if (referenceRegexp.test(full.toLowerCase()))
      return { error: 'invalid reference format: repository name must be lowercase' };
    return { error: 'invalid reference format' };
  }
  if (m[1].length > NAME_TOTAL_LENGTH_MAX)
    return { error: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  const digest = m[3] ?? '';
  if (digest) {
    const err = validateDigest(digest);
    if (err) return { error: err };
  }
  return { repository: m[1], tag: m[2] ?? '', digest, rawTag: m[2] ?? '' };
}

/**
 * `pkg/util/parsers/parsers.go` `ParseImageName`: repository (normalised, e.g. `docker.io/library/nginx`),
 * tag (`latest` only when there is neither a tag nor a digest) and digest; or the parse error, worded as
 * `couldn't parse image name "X": <reason>`.
 */
export function parseImageName(image: string): ParsedImage | { error: string } {
  const r = parseNormalizedNamed(image);
  if ('error' in r) return { error: `couldn't parse image name ${JSON.stringify(image)}: ${r.error}` };
  const tag = r.tag === '' && r.digest === '' ? DEFAULT_TAG : r.tag;
  return { repository: r.repository, tag, digest: r.digest };
}

/**
 * The fully qualified name a runtime pulls: `docker.io/library/nginx:latest`, `ghcr.io/a/b:1@sha256:…`.
 * Follows `ParseDockerRef` + `TagNameOnly` (a tag `latest` is added only when there is no tag and no digest),
 * as the kubelet's `applyDefaultImageTag` does. An unparsable name is returned unchanged.
 */
export function normalizeImage(image: string): string {
  const r = parseNormalizedNamed(image);
  if ('error' in r) return image;
  const tag = r.tag === '' && r.digest === '' ? DEFAULT_TAG : r.tag;
  return r.repository + (tag ? `:${tag}` : '') + (r.digest ? `@${r.digest}` : '');
}

/**
 * `pkg/apis/core/v1/defaults.go` `SetDefaults_Container`: `Always` when the parsed tag is `latest`
 * (also an image with neither tag nor digest), else `IfNotPresent` (parse errors are ignored there, so
 * an invalid name gives `IfNotPresent`).
 */
export function defaultPullPolicy(image: string): PullPolicy {
  const r = parseImageName(image);
  return 'error' in r || r.tag !== DEFAULT_TAG ? 'IfNotPresent' : 'Always';
}
