// A container whose process grows to 300 MiB with a 256Mi memory limit: the kernel kills it (OOMKilled, exit 137),
// the kubelet restarts it, then waits (CrashLoopBackOff). Raise the limit to 512Mi and the kills stop.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: gourmand
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests:
        memory: 128Mi
      limits:
        memory: 256Mi
\`,
  // fr: à partir de 5 s après chaque démarrage, le processus occupe 300 Mio
  // en: from 5 s after each start, the process uses 300 MiB
  behavior: { app: { memory: { mebibytes: 300, afterSeconds: 5 } } },
  until: 60,
});
const c = sim.statusAt(30).containerStatuses[0];
render(<>
  <KubectlWatch sim={sim} />
  <Value value={{ restartCount: c.restartCount, state: c.state, lastState: c.lastState }} />
</>);`;
