// The image changes to :latest: imagePullPolicy keeps the IfNotPresent stored at creation, because
// defaulting only fills empty fields. A new Deployment written with :latest gets Always.
export default `const sim = simulateCluster({
  nodes: { count: 2 },
  objects: \`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
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
\`,
  actions: [{ at: 20, action: 'setImage', target: 'web', image: 'nginx:latest' }],
  until: 40,
});
const policies = sim.objects.replicaSets.map((r) => ({
  replicaSet: r.metadata.name,
  image: r.spec.template.spec.containers[0].image,
  imagePullPolicy: r.spec.template.spec.containers[0].imagePullPolicy,
}));
const fresh = simulateCluster({ objects: \`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
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
        image: nginx:latest
\`, until: 1 });
policies.push({ freshDeploymentWithLatest: fresh.objects.deployments[0].spec.template.spec.containers[0].imagePullPolicy });
render(<Value value={policies} />);`;
