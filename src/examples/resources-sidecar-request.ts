// The effective request of a Pod with a sidecar and an init container (PodRequests): the sidecar keeps running,
// so it adds to the app; the init container runs before the app, next to the sidecars declared before it.
export default `const pod = parsePod(\`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: proxy            # sidecar: restartPolicy Always, runs for the whole life of the Pod
    image: envoyproxy/envoy:v1.31
    restartPolicy: Always
    resources:
      requests: {cpu: 100m, memory: 64Mi}
  - name: migrate          # plain init container: runs alone (next to proxy), then exits
    image: busybox:1.36
    resources:
      requests: {cpu: "1", memory: 128Mi}
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests: {cpu: 500m, memory: 256Mi}
\`);
render(<Value value={{
  // fr: ce que l'ordonnanceur place sur un nœud
  // en: what the scheduler fits on a node
  effectiveRequest: podRequests(pod),
  // fr: la somme naïve de tous les conteneurs, qu'aucun ordonnanceur n'utilise
  // en: the naive sum of every container, which no scheduler uses
  naiveSum: { cpu: '1600m', memory: '448Mi' },
  qosClass: computePodQOS(pod),
}} />);`;
