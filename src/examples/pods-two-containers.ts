// Two tightly coupled containers in one Pod: they are scheduled, started and deleted together; READY counts both.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
  - name: logs
    emptyDir: {}
  containers:
  - name: web
    image: nginx:1.27
    volumeMounts:
    - name: logs
      mountPath: /var/log/nginx
  - name: log-shipper
    image: fluent/fluent-bit:3.2
    volumeMounts:
    - name: logs
      mountPath: /logs
      readOnly: true
\`,
  behavior: { web: { pullSeconds: 2 }, 'log-shipper': { pullSeconds: 6 } },
  actions: [{ at: 40, action: 'delete' }],
});
render(<KubectlWatch sim={sim} />);`;
