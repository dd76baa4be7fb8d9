// A ConfigMap that does not exist in the namespace: CreateContainerConfigError, retried by the pod worker every
// 10 s; the container is never created (restartCount 0, phase Pending). Add "optional: true" or the ConfigMap
// to the cluster facts (configMaps: ['app-config']) and it starts.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
  - name: app
    image: nginx:1.27
    envFrom:
    - configMapRef:
        name: app-config
    env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: db
          key: password
\`,
  cluster: { imagesOnNode: ['nginx:1.27'], secrets: ['db'], configMaps: [] },
  until: 40,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
  <Value value={{ phase: sim.pod.status.phase, state: sim.pod.status.containerStatuses[0].state }} />
</>);`;
