// The node stops answering at t=10 and the Pod is deleted at t=20: nobody confirms that the containers stopped,
// so the Pod stays Terminating. A force delete at t=200 removes the object without that confirmation.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
\`,
  cluster: { imagesOnNode: ['nginx:1.27'] },
  actions: [
    { at: 10, action: 'nodeLost' },
    { at: 20, action: 'delete' },
    // fr: kubectl delete pod web --force --grace-period=0
    // en: kubectl delete pod web --force --grace-period=0
    { at: 200, action: 'delete', force: true, gracePeriodSeconds: 0 },
  ],
  until: 210,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
</>);`;
