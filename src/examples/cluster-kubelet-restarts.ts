// Each Pod of a Deployment is run by the kubelet of its node: the init container runs first (Init:0/1),
// then a failing liveness probe makes the kubelet restart the container in the same Pod (RESTARTS 1, 2…):
// same name, same UID; the ReplicaSet creates nothing, because the Pod stays active.
export default `const sim = simulateCluster({
  nodes: { count: 2 },
  objects: \`
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
      initContainers:
      - name: setup
        image: busybox:1.36
        command: ["sh", "-c", "sleep 3"]
      containers:
      - name: app
        image: nginx:1.27
        livenessProbe:
          httpGet:
            path: /healthz
            port: 80
          periodSeconds: 5
          failureThreshold: 2
\`,
  // fr: setup se termine au bout de 3 s ; app ne répond plus sur /healthz 20 s après chaque démarrage.
  // en: setup exits after 3 s; app stops answering /healthz 20 s after each start.
  behavior: { setup: { exitAfterSeconds: 3 }, app: { unhealthyAfterSeconds: 20 } },
  until: 80,
});
const created = sim.events.filter((e) => e.reason === 'SuccessfulCreate').length;
const killed = sim.events.filter((e) => e.reason === 'Killing').map((e) => e.time + 's ' + e.message);
render(<>
  <KubectlGetRsPodsWatch sim={sim} kinds={['Pod']} />
  <Value value={{ podsCreatedByTheReplicaSet: created, killedByTheKubelet: killed }} />
</>);`;
