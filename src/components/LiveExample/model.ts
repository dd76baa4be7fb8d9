/** The model API examples see: the lifecycle model's public index. */
export {
  simulate, applyDefaults, validatePod, derivePodPhase, kubectlStatus, podTemplateHash, parsePod, PodLabError, machines,
} from '@site/src/lifecycle';
