/**
 * The model API examples see. Temporary: built from the lifecycle files that exist until
 * `src/lifecycle/index.ts` (with `simulate`) lands, then this re-exports it.
 */
export { parsePod } from '@site/src/lifecycle/parse';
export { applyDefaults } from '@site/src/lifecycle/defaults';
export { derivePodPhase } from '@site/src/lifecycle/phase';
export { kubectlStatus } from '@site/src/lifecycle/kubectl';
export { podTemplateHash } from '@site/src/lifecycle/hash';
export { validatePod } from '@site/src/lifecycle/validation';
export { PodLabError } from '@site/src/lifecycle/errors';
export { machines } from '@site/src/lifecycle/machines';
export { simulate } from '@site/src/lifecycle/simulate';
