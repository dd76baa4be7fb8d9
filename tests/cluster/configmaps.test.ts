// ConfigMaps and Secrets as cluster objects: the kubelets of the cluster see the ones that exist, so a Pod
// that refers to them starts; a missing one keeps the container in CreateContainerConfigError until it is
// created (the kubelet retries its sync).
import { describe, expect, it } from 'vitest';
import { simulateCluster } from '../../src/cluster';
import { expectPodLabError } from '../podlab-error';

const deployment = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: app
        image: nginx:1.27
        envFrom:
        - configMapRef:
            name: web-config
        env:
        - name: TOKEN
          valueFrom:
            secretKeyRef:
              name: web-token
              key: token
`;
const configMap = `
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  MODE: production
`;
const secret = `
apiVersion: v1
kind: Secret
metadata:
  name: web-token
stringData:
  token: s3cr3t
`;

describe('ConfigMap and Secret objects in a cluster', () => {
  it('a Deployment whose Pods refer to existing ones runs', () => {
    const sim = simulateCluster({ objects: [deployment, configMap, secret].join('---'), until: 60 });
    expect(sim.stateAt(30).pods.map((p) => p.status)).toEqual(['Running', 'Running']);
  });

  it('without the Secret, the containers wait in CreateContainerConfigError', () => {
    const sim = simulateCluster({ objects: [deployment, configMap].join('---'), until: 60 });
    expect(sim.stateAt(30).pods.map((p) => p.status)).toEqual([
      'CreateContainerConfigError',
      'CreateContainerConfigError',
    ]);
  });

  it('created later (kubectl apply), the Pods start at the next retry', () => {
    const sim = simulateCluster({
      objects: [deployment, configMap].join('---'),
      actions: [{ at: 40, action: 'apply', objects: secret }],
      until: 120,
    });
    expect(sim.stateAt(39).pods.every((p) => p.status === 'CreateContainerConfigError')).toBe(true);
    expect(sim.stateAt(90).pods.map((p) => p.status)).toEqual(['Running', 'Running']);
  });

  it('refuses a bad name or non-string data, naming the field', () => {
    expectPodLabError(
      () => simulateCluster({ objects: configMap.replace('web-config', 'Web_Config') }),
      /^metadata\.name$/,
    );
    expectPodLabError(
      () => simulateCluster({ objects: configMap.replace('MODE: production', 'MODE: [1, 2]') }),
      /^data$/,
    );
    expectPodLabError(
      () => simulateCluster({ objects: configMap.replace('\ndata:', '\nstringData:') }),
      /^stringData$/,
    );
  });
});
