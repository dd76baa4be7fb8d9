// A command that is not in the image: the runtime creates the container but cannot start it. containerd reports
// it exited (StartError, exit code 128); kubectl shows RunContainerError, then CrashLoopBackOff between tries.
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
    command: ["ngnix", "-g", "daemon off;"]
\`,
  cluster: { imagesOnNode: ['nginx:1.27'] },
  behavior: { web: { execError: 'notFound' } },
  until: 90,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
  <PodStatusView sim={sim} at={5} />
</>);`;
