// kubectl delete --now (grace period 1 s, raised to the kubelet's 2 s minimum) and --force --grace-period=0
// (the object leaves the API at once; the containers are stopped afterwards).
export default `const manifest = (name) => \`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  containers:
  - name: app
    image: registry.example.com/stubborn:1.0
\`;
const behavior = { app: { shutdownSeconds: Infinity } };
const now = simulate({ pod: manifest('now'), behavior, actions: [{ at: 10, action: 'delete', gracePeriodSeconds: 1 }] });
const force = simulate({ pod: manifest('force'), behavior, actions: [{ at: 10, action: 'delete', gracePeriodSeconds: 0, force: true }] });
render(<>
  <KubectlWatch sim={now} />
  <KubectlWatch sim={force} />
  <Value value={{ nowRemovedAt: now.removedAt, forceRemovedAt: force.removedAt }} />
  <Timeline sim={force} />
</>);`;
