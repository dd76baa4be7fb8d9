// How long a liveness probe takes to act: the app stops answering 30 s after start;
// the kill comes after failureThreshold failed checks, periodSeconds apart.
export default `const manifest = (name, periodSeconds, failureThreshold) => \`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  containers:
  - name: app
    image: registry.example.com/worker:1.0
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
      periodSeconds: \${periodSeconds}
      failureThreshold: \${failureThreshold}
\`;
const firstKill = (sim) => sim.events.find((e) => e.reason === 'Killing')?.time;
const fast = simulate({ pod: manifest('fast', 5, 2), behavior: { app: { unhealthyAfterSeconds: 30 } }, until: 120 });
const usual = simulate({ pod: manifest('usual', 10, 3), behavior: { app: { unhealthyAfterSeconds: 30 } }, until: 120 });
const patient = simulate({ pod: manifest('patient', 10, 6), behavior: { app: { unhealthyAfterSeconds: 30 } }, until: 180 });
render(<>
  <Value value={{ fast: firstKill(fast), usual: firstKill(usual), patient: firstKill(patient) }} />
  <Timeline sim={usual} />
</>);`;
