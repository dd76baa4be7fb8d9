// A ReplicaSet's Pod on a node that stops answering: not-ready after the monitor grace period,
// evicted after the default 300 s toleration, then stuck Terminating while the kubelet is unreachable.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web-7c5d8f6b9d-x2kqp
  labels:
    app: web
    pod-template-hash: 7c5d8f6b9d
  ownerReferences:
  - apiVersion: apps/v1
    kind: ReplicaSet
    name: web-7c5d8f6b9d
    uid: 5d1e2f3a-0000-4000-8000-000000000001
    controller: true
spec:
  containers:
  - name: web
    image: nginx:1.27
\`,
  actions: [{ at: 30, action: 'nodeLost' }],
  until: 600,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
</>);`;
