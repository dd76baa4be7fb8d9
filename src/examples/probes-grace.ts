// Probe-level terminationGracePeriodSeconds: a liveness kill of a container that ignores SIGTERM
// waits 5 s (the probe's value) instead of the Pod's 120 s before SIGKILL.
export default `const podGrace = parsePod(\`
apiVersion: v1
kind: Pod
metadata:
  name: pod-grace
spec:
  terminationGracePeriodSeconds: 120
  containers:
  - name: app
    image: registry.example.com/worker:1.0
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
      periodSeconds: 5
      failureThreshold: 2
\`);
const probeGrace = structuredClone(podGrace);
probeGrace.metadata.name = 'probe-grace';
probeGrace.spec.containers[0].livenessProbe.terminationGracePeriodSeconds = 5;
const behavior = { app: { unhealthyAfterSeconds: 20, shutdownSeconds: Infinity } };
const withProbeGrace = simulate({ pod: probeGrace, behavior, until: 200 });
const withPodGrace = simulate({ pod: podGrace, behavior, until: 200 });
render(<>
  <KubectlEvents sim={withProbeGrace} />
  <Timeline sim={withProbeGrace} />
  <Timeline sim={withPodGrace} />
</>);`;
