// maxSurge and maxUnavailable both 0: the API server refuses the Deployment (nothing could ever move).
export default `let message;
try {
  simulateCluster({
    objects: \`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: app
        image: nginx:1.27
  strategy:
    rollingUpdate:
      maxSurge: 0
      maxUnavailable: 0
\`,
  });
} catch (e) {
  message = e.message;
}
render(<Value value={message} />);`;
