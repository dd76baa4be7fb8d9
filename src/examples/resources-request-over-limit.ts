// A request above its limit: the API server refuses the Pod, as kubectl apply would show.
export default `let answer;
try {
  simulate({ pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests:
        cpu: "2"
        memory: 1.5Gi
      limits:
        cpu: "1"
        memory: 1Gi
\` });
  answer = 'pod/web created';
} catch (e) {
  answer = e.message;
}
render(<Value value={answer} />);`;
