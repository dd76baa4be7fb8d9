// A ReplicaSet replaces a deleted Pod with a new one: same template, new name, new UID.
export default `const template = {
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
};
const hash = podTemplateHash(template);
const manifest = (suffix) => \`
apiVersion: v1
kind: Pod
metadata:
  name: web-\${hash}-\${suffix}
  labels:
    app: web
    pod-template-hash: "\${hash}"
spec:
  containers:
  - name: web
    image: nginx:1.27
\`;
const old = simulate({ pod: manifest('x2kqp'), actions: [{ at: 10, action: 'delete' }], until: 60 });
const replacement = simulate({ pod: manifest('m4zfw'), until: 60 });
render(<>
  <KubectlWatch sim={old} />
  <KubectlWatch sim={replacement} />
  <Value value={{
    old: { name: old.pod.metadata.name, uid: old.pod.metadata.uid, removedAt: old.removedAt },
    replacement: { name: replacement.pod.metadata.name, uid: replacement.pod.metadata.uid },
  }} />
</>);`;
