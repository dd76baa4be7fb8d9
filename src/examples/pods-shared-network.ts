// Two containers in one Pod: a single podIP, and each container reaches the other on localhost.
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
    ports:
    - containerPort: 80
  - name: exporter
    image: nginx/nginx-prometheus-exporter:1.4.2
    args: ["--nginx.scrape-uri=http://localhost:80/stub_status"]
    ports:
    - containerPort: 9113
\`,
  until: 20,
});
render(<PodStatusView sim={sim} at={15} />);`;
