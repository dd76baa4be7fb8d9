// Readiness thresholds trade speed for stability: failureThreshold 1 drops the Pod from the Service
// on the first failed check; 3 waits for three in a row (and rides out one slow answer).
export default `const manifest = (name, failureThreshold) => \`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  containers:
  - name: api
    image: registry.example.com/api:3.2
    readinessProbe:
      httpGet:
        path: /ready
        port: 8080
      periodSeconds: 5
      failureThreshold: \${failureThreshold}
\`;
const notReadySince = (sim) => {
  for (let t = 31; t <= sim.endTime; t += 1) {
    if (sim.statusAt(t).containerStatuses?.[0]?.ready === false) return t;
  }
  return null;
};
const behavior = { api: { notReadyAfterSeconds: 30 } };
const touchy = simulate({ pod: manifest('touchy', 1), behavior, until: 90 });
const steady = simulate({ pod: manifest('steady', 3), behavior, until: 90 });
render(<>
  <Value value={{ touchyNotReadyAt: notReadySince(touchy), steadyNotReadyAt: notReadySince(steady) }} />
  <KubectlWatch sim={touchy} />
</>);`;
