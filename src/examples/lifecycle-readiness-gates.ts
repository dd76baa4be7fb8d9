// A readiness gate: the container is ready at t=2, the Pod only when an outside controller sets the condition (t=20).
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  readinessGates:
  - conditionType: example.com/load-balancer-ready
  containers:
  - name: app
    image: nginx:1.27
\`,
  actions: [
    // fr: kubectl patch pod web --subresource=status (ce que fait un contrôleur de répartiteur de charge)
    // en: kubectl patch pod web --subresource=status (what a load-balancer controller does)
    { at: 20, action: 'setCondition', type: 'example.com/load-balancer-ready', status: 'True' },
  ],
  until: 30,
});
const cond = (t, type) => sim.statusAt(t).conditions.find((c) => c.type === type);
render(<>
  <KubectlWatch sim={sim} />
  <Value value={{
    at10s: { ContainersReady: cond(10, 'ContainersReady').status, Ready: cond(10, 'Ready') },
    at25s: { Ready: cond(25, 'Ready') },
  }} />
</>);`;
