// A startup probe gives a slow starter up to failureThreshold x periodSeconds (here 30 x 5 s) to come up.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: slow-start
spec:
  containers:
  - name: app
    image: registry.example.com/legacy-app:2.4
    startupProbe:
      tcpSocket:
        port: 8080
      periodSeconds: 5
      failureThreshold: 30
    livenessProbe:
      tcpSocket:
        port: 8080
\`,
  behavior: { app: { startupSeconds: 90 } },
  until: 180,
});
render(<>
  <KubectlWatch sim={sim} />
  <Value value={{ startedAt60: sim.statusAt(60).containerStatuses?.[0]?.started, startedAt120: sim.statusAt(120).containerStatuses?.[0]?.started }} />
  <Timeline sim={sim} />
</>);`;
