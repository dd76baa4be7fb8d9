/** Manifests shared by the cluster tests. */
export function deployment(
  replicas: number,
  opts: {
    name?: string;
    image?: string;
    strategy?: string;
    probe?: boolean;
    minReadySeconds?: number;
    pullPolicy?: string;
  } = {},
): string {
  const name = opts.name ?? 'web';
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
${opts.minReadySeconds ? `  minReadySeconds: ${opts.minReadySeconds}\n` : ''}${opts.strategy ? `  strategy: ${opts.strategy}\n` : ''}  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
      - name: app
        image: ${opts.image ?? 'nginx:1.27'}
${opts.pullPolicy ? `        imagePullPolicy: ${opts.pullPolicy}\n` : ''}${opts.probe ? '        readinessProbe:\n          httpGet: {path: /, port: 80}\n          periodSeconds: 5\n' : ''}`;
}

export function pdb(spec: string, name = 'web-pdb', app = 'web'): string {
  return `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
spec:
  ${spec}
  selector:
    matchLabels: {app: ${app}}
`;
}

export function statefulSet(replicas: number, name = 'db'): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  serviceName: ${name}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
      - name: db
        image: postgres:17
`;
}
