// The process exits by itself after 15 s: the preStop hook is not called (no API request, no kill).
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: one-shot
spec:
  restartPolicy: Never
  containers:
  - name: task
    image: busybox:1.36
    command: ["sh", "-c", "sleep 15"]
    lifecycle:
      preStop:
        exec:
          command: ["sh", "-c", "echo bye > /proc/1/fd/1"]
\`,
  behavior: { task: { exitAfterSeconds: 15, exitCode: 0, preStopSeconds: 1 } },
  until: 40,
});
render(<SimulationView sim={sim} />);`;
