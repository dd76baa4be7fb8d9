// Priority in node-pressure eviction: among Pods above their memory request, the lower priority goes first;
// but a high-priority Pod above its request still goes before a low-priority Pod that stays below its own.
export default `// fr: PriorityClasses du cluster ; le plugin d'admission Priority recopie la valeur dans spec.priority.
// en: PriorityClasses of the cluster; the Priority admission plugin copies the value into spec.priority.
const classes = { '': 0, critical: 1000000 };
const pod = (name, priorityClassName, memoryRequest) => {
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
    resources:
      requests:
        memory: \${memoryRequest}
\`));
  return { ...p, spec: { ...p.spec, priority: classes[priorityClassName] } };
};
const node = [
  // fr: au-dessus de sa request, priorité haute
  // en: above its request, high priority
  { pod: pod('payments', 'critical', '256Mi'), usage: '400Mi' },
  // fr: au-dessus de sa request, sans priorité
  // en: above its request, no priority
  { pod: pod('thumbnails', '', '256Mi'), usage: '300Mi' },
  { pod: pod('reports', '', '1Gi'), usage: '700Mi' },             // below its request, no priority
];
render(<Value value={rankMemoryPressure(node).map((e, i) =>
  \`\${i + 1}. \${e.pod.metadata.name}: priority \${e.pod.spec.priority}, request \${podRequests(e.pod).memory}, usage \${e.usage}\`)} />);`;
