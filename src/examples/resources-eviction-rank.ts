// The order in which the kubelet would evict these Pods under memory pressure (rankMemoryPressure):
// usage above the request first, then the lower priority, then the larger usage above the request.
// The QoS class is shown, not used: it is not a key of the ranking.
export default `// fr: PriorityClasses du cluster ; le plugin d'admission Priority recopie la valeur dans spec.priority.
// en: PriorityClasses of the cluster; the Priority admission plugin copies the value into spec.priority.
// fr: applyDefaults : tel que l'API server l'enregistre (des limits sans requests → requests = limits).
// en: applyDefaults: as stored by the API server (limits without requests → requests = limits).
const classes = { '': 0, high: 1000000 };
const pod = (name, priorityClassName, resources) => {
  const p = applyDefaults(parsePod(\`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  \${priorityClassName ? 'priorityClassName: ' + priorityClassName : ''}
  containers:
  - name: app
    image: nginx:1.27
    resources: \${resources}
\`));
  return { ...p, spec: { ...p.spec, priority: classes[priorityClassName] } };
};
const node = [
  { pod: pod('batch', '', '{}'), usage: '50Mi' },
  { pod: pod('api', 'high', '{requests: {memory: 256Mi}}'), usage: '600Mi' },
  { pod: pod('cache', '', '{requests: {memory: 1Gi}}'), usage: '900Mi' },
  { pod: pod('web', '', '{limits: {cpu: 500m, memory: 512Mi}}'), usage: '300Mi' },
  { pod: pod('report', '', '{requests: {memory: 128Mi}}'), usage: '400Mi' },
];
render(<Value value={rankMemoryPressure(node).map((e, i) => ({
  rank: i + 1,
  pod: e.pod.metadata.name,
  qosClass: computePodQOS(e.pod),
  priority: e.pod.spec.priority,
  memoryRequest: podRequests(e.pod).memory ?? '0',
  usage: e.usage,
}))} />);`;
