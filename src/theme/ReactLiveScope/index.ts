/**
 * Names in scope for live examples (<LiveExample> and ```live blocks): React, the model API and the
 * views. Imported only by the lazily loaded runner, so none of this weighs on a page's first load.
 */
import React from 'react';
import { createActor } from 'xstate';
import * as model from '@site/src/components/LiveExample/model';
import {
  KubectlEvents,
  KubectlWatch,
  PodStatusView,
  SimulationView,
  StateDiagram,
  Timeline,
  Value,
} from '@site/src/components/PodViews';

import { simulateCluster } from '@site/src/cluster';
import { ClusterView, KubectlDrain, KubectlGetRsPodsWatch } from '@site/src/components/cluster';

const ReactLiveScope: Record<string, unknown> = {
  React,
  ...React,
  simulate: model.simulate,
  applyDefaults: model.applyDefaults,
  validatePod: model.validatePod,
  derivePodPhase: model.derivePodPhase,
  kubectlStatus: model.kubectlStatus,
  podTemplateHash: model.podTemplateHash,
  parsePod: model.parsePod,
  PodLabError: model.PodLabError,
  machines: model.machines,
  // Resources (issue 18): QoS class, effective request, memory-pressure eviction order, quantities.
  computePodQOS: model.computePodQOS,
  podRequests: model.podRequestsText,
  rankMemoryPressure: model.rankMemoryPressure,
  parseQuantity: model.parseQuantity,
  formatQuantity: model.formatQuantity,
  createActor,
  KubectlWatch,
  KubectlEvents,
  PodStatusView,
  Timeline,
  SimulationView,
  StateDiagram,
  Value,
  // Cluster model (issue 5): several Pods, controllers, PDBs, node failure.
  simulateCluster,
  ClusterView,
  KubectlGetRsPodsWatch,
  KubectlDrain,
};

export default ReactLiveScope;
