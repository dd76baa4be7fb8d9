// A Job template without restartPolicy: the Pod default (Always) is refused for a Job.
export default `let message;
try {
  simulateCluster({
    objects: \`
apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    spec:
      containers:
      - name: main
        image: busybox:1.36
\`,
  });
} catch (e) {
  message = e.message;
}
render(<Value value={message} />);`;
