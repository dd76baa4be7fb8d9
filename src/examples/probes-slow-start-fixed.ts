// The same slow starter with a startup probe on the same endpoint: up to 30 x 5 s = 150 s to start,
// then the unchanged liveness probe takes over.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: slow-fixed
spec:
  containers:
  - name: app
    image: registry.example.com/legacy-app:2.4
    startupProbe:
      httpGet:
        path: /healthz
        port: 8080
      periodSeconds: 5
      failureThreshold: 30
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
\`,
  behavior: { app: { startupSeconds: 60 } },
  until: 400,
});
render(<>
  <KubectlWatch sim={sim} />
  <Timeline sim={sim} />
</>);`;
