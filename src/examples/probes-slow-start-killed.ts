// A slow starter (60 s) with only a liveness probe: 3 failures x 10 s kill it before it is up, forever.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: slow-killed
spec:
  containers:
  - name: app
    image: registry.example.com/legacy-app:2.4
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
  <KubectlEvents sim={sim} />
</>);`;
