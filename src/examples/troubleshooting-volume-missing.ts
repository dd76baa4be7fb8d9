// A ConfigMap mounted as a volume that does not exist: no CreateContainerConfigError here, the Pod stays in
// ContainerCreating; the volume manager retries the mount after 0.5 s, 1 s, 2 s... up to 2 min 2 s, one FailedMount each.
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
    volumeMounts:
    - name: config
      mountPath: /etc/app
  volumes:
  - name: config
    configMap:
      name: app-config
\`,
  cluster: { imagesOnNode: ['nginx:1.27'], configMaps: [] },
  until: 300,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
  <Value value={{ phase: sim.pod.status.phase, state: sim.pod.status.containerStatuses[0].state }} />
</>);`;
