// An emptyDir lives as long as the Pod (same UID): it survives container restarts, not the Pod's deletion.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
  - name: app
    image: busybox:1.36
    volumeMounts:
    - name: scratch
      mountPath: /scratch
    - name: data
      mountPath: /data
  volumes:
  - name: scratch
    emptyDir: {}
  - name: data
    persistentVolumeClaim:
      claimName: cache-data
\`,
  behavior: { app: { exitAfterSeconds: 20, exitCode: 1 } },
  actions: [{ at: 100, action: 'delete' }],
  until: 200,
});
const at = (t) => {
  const pod = sim.podAt(t);
  return pod && {
    uid: pod.metadata.uid,
    restartCount: pod.status?.containerStatuses?.[0]?.restartCount,
    volumes: pod.spec.volumes,
  };
};
render(<Value value={{ t10: at(10), t90: at(90), t190: at(190) }} />);`;
