/** Cluster views for live examples (in the live scope under these names). */
export { default as ClusterView } from './ClusterView';
export { default as KubectlGetRsPodsWatch } from './KubectlGetRsPodsWatch';
export { default as KubectlDrain } from './KubectlDrain';
export { clusterWatchText, drainText, statusTone, watchCommand, watchKinds } from './watch';
