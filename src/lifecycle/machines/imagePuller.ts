/**
 * The image manager (pkg/kubelet/images/image_manager.go `EnsureImageExists`): pull policy, the
 * per-image pull back-off, and the event texts. The registry is the scenario's `cluster`.
 */
import type { ClusterSpec, Container } from '../types';
import { normalizeImage, parseImageName } from '../image';

/** `imageBackOffPeriod` / `MaxImageBackOff` (kubelet.go). */
export const IMAGE_BACKOFF_INITIAL = 10;
export const IMAGE_BACKOFF_MAX = 300;
/** Default seconds a successful pull takes (ContainerBehavior.pullSeconds). */
export const DEFAULT_PULL_SECONDS = 2;
/** A registry that refuses (not found, unauthorised) answers at once; the model gives it one second. */
export const FAILED_PULL_SECONDS = 1;
/** `Always` on an image already on the node: the runtime resolves the digest and reuses the layers. */
export const CACHED_PULL_SECONDS = 1;

export type PullDecision =
  | { kind: 'invalid'; message: string }
  | { kind: 'present' }
  | { kind: 'neverPull'; message: string }
  | { kind: 'pull' };

/** What decidePull needs of an image name, parsed once per name (a crash loop starts the same image again and again). */
const parsedImages = new Map<string, { error?: string; normalized: string }>();
function parsedImage(image: string): { error?: string; normalized: string } {
  let p = parsedImages.get(image);
  if (p === undefined) {
    const parsed = parseImageName(image);
    p = 'error' in parsed ? { error: parsed.error, normalized: '' } : { normalized: normalizeImage(image) };
    if (parsedImages.size < 1000) parsedImages.set(image, p);
  }
  return p;
}

/** `shouldPullImage` + the presence check (`GetImageRef`). */
export function decidePull(c: Container, onNode: Set<string>): PullDecision {
  const image = c.image ?? '';
  const parsed = parsedImage(image);
  if (parsed.error !== undefined) {
    // applyDefaultImageTag fails first, event InspectFailed, reason InvalidImageName.
    return { kind: 'invalid', message: `Failed to apply default image tag ${JSON.stringify(image)}: ${parsed.error}` };
  }
  const present = onNode.has(parsed.normalized);
  const policy = c.imagePullPolicy ?? 'IfNotPresent';
  if (policy === 'Never' || (policy === 'IfNotPresent' && present)) {
    if (present) return { kind: 'present' };
    return {
      kind: 'neverPull',
      message: `Container image ${JSON.stringify(image)} is not present with pull policy of Never`,
    };
  }
  return { kind: 'pull' };
}

/** Why the registry refuses `image`, worded as containerd reports it; undefined when the pull succeeds. */
export function pullError(image: string, cluster: ClusterSpec, podSecrets: string[]): string | undefined {
  const full = normalizeImage(image);
  const same = (list: string[] | undefined) => (list ?? []).some((i) => normalizeImage(i) === full);
  if (same(cluster.missingImages)) {
    return `rpc error: code = NotFound desc = failed to pull and unpack image ${JSON.stringify(full)}: failed to resolve reference ${JSON.stringify(full)}: ${full}: not found`;
  }
  const priv = Object.entries(cluster.privateImages ?? {}).find(([i]) => normalizeImage(i) === full);
  if (priv) {
    const existing = new Set(cluster.secrets ?? []);
    const granted = podSecrets.some((s) => existing.has(s) && priv[1].includes(s));
    if (!granted) {
      return `rpc error: code = Unknown desc = failed to pull and unpack image ${JSON.stringify(full)}: failed to resolve reference ${JSON.stringify(full)}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
    }
  }
  return undefined;
}

export const imageMessages = {
  present: (image: string) =>
    `Container image ${JSON.stringify(image)} already present on machine and can be accessed by the pod`,
  pulling: (image: string) => `Pulling image ${JSON.stringify(image)}`,
  pulled: (image: string, took: string) =>
    `Successfully pulled image ${JSON.stringify(image)} in ${took} (${took} including waiting)`,
  failed: (image: string, err: string) => `Failed to pull image ${JSON.stringify(image)}: ${err}`,
  backOff: (image: string) => `Back-off pulling image ${JSON.stringify(image)}`,
  missingSecrets: (names: string[]) =>
    `Unable to retrieve some image pull secrets (${names.join(', ')}); attempting to pull the image may not succeed.`,
};

/** `imageID` the runtime reports: the repository with a digest derived from the name. */
export function imageIDOf(image: string, digestHex: string): string {
  const parsed = parseImageName(image);
  const repo = 'error' in parsed ? image : parsed.repository;
  return `${repo}@sha256:${digestHex}`;
}
