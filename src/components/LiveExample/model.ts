/** The model API examples see: the lifecycle model's public index. */
export {
  simulate,
  applyDefaults,
  validatePod,
  derivePodPhase,
  kubectlStatus,
  podTemplateHash,
  parsePod,
  PodLabError,
  machines,
  computePodQOS,
  podRequestsText,
  rankMemoryPressure,
  parseQuantity,
  formatQuantity,
} from '@site/src/lifecycle';
