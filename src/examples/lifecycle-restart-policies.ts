// One program (fails once, then exits 0) under the three Pod restart policies.
export default `const manifest = (name, restartPolicy) => \`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  restartPolicy: \${restartPolicy}
  containers:
  - name: app
    image: busybox:1.36
\`;
const attempts = [
  { exitAfterSeconds: 5, exitCode: 1 },
  { exitAfterSeconds: 5, exitCode: 0 },
];
const run = (name, restartPolicy) =>
  simulate({ pod: manifest(name, restartPolicy), behavior: { app: attempts }, until: 120 });
render(<>
  <KubectlWatch sim={run('always', 'Always')} />
  <KubectlWatch sim={run('onfailure', 'OnFailure')} />
  <KubectlWatch sim={run('never', 'Never')} />
</>);`;
