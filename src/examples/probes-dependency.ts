// A database outage 40 s after start. Checking the database in the liveness probe restarts a healthy
// process in a loop; checking it in the readiness probe only takes the Pod out of the Service.
export default `const manifest = (name, probeField) => \`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  containers:
  - name: api
    image: registry.example.com/api:3.2
    \${probeField}:
      httpGet:
        path: /healthz?deep=true
        port: 8080
      periodSeconds: 5
      failureThreshold: 3
\`;
const inLiveness = simulate({
  pod: manifest('deep-liveness', 'livenessProbe'),
  behavior: { api: { unhealthyAfterSeconds: 40 } },
  until: 300,
});
const inReadiness = simulate({
  pod: manifest('deep-readiness', 'readinessProbe'),
  behavior: { api: { notReadyAfterSeconds: 40 } },
  until: 300,
});
render(<>
  <KubectlWatch sim={inLiveness} />
  <KubectlWatch sim={inReadiness} />
</>);`;
