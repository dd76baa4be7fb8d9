// A Job-like Pod: OnFailure retries in place until exit 0 (Succeeded); Never stops at the first failure (Failed).
export default `const manifest = (name, restartPolicy) => \`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  restartPolicy: \${restartPolicy}
  containers:
  - name: work
    image: busybox:1.36
\`;
const attempts = [
  { exitAfterSeconds: 5, exitCode: 1 },
  { exitAfterSeconds: 5, exitCode: 1 },
  { exitAfterSeconds: 5, exitCode: 0 },
];
const onFailure = simulate({ pod: manifest('batch-onfailure', 'OnFailure'), behavior: { work: attempts } });
const never = simulate({ pod: manifest('batch-never', 'Never'), behavior: { work: attempts } });
render(<>
  <KubectlWatch sim={onFailure} />
  <KubectlWatch sim={never} />
</>);`;
