// Three Pods, three QoS classes: the API server computes status.qosClass from the containers' requests and limits.
export default `const pod = (name, resources) => \`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources: \${resources}
\`;
const pods = {
  // fr: des limits seulement : les requests prennent leur valeur, cpu et mémoire égales → Guaranteed
  // en: limits only: requests are defaulted to the limits, cpu and memory equal → Guaranteed
  garanti: pod('garanti', '{limits: {cpu: 500m, memory: 256Mi}}'),
  // fr: une request sous sa limit (ou pas de limit) → Burstable
  // en: a request below its limit (or no limit) → Burstable
  extensible: pod('extensible', '{requests: {cpu: 250m, memory: 128Mi}, limits: {memory: 256Mi}}'),
  // fr: rien du tout → BestEffort
  // en: nothing at all → BestEffort
  'sans-garantie': pod('sans-garantie', '{}'),
};
const rows = Object.entries(pods).map(([name, yaml]) => {
  const sim = simulate({ pod: yaml, until: 5 });
  return { pod: name, qosClass: sim.statusAt(5).qosClass, resources: sim.pod.spec.containers[0].resources };
});
render(<Value value={rows} />);`;
