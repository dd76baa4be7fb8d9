/**
 * What kubectl prints for the cluster's objects: `duration.HumanDuration` (AGE of ReplicaSets and
 * StatefulSets). Pod rows come from the single-Pod model's `podRow` (../lifecycle/kubectl.ts).
 */
import { kubectlAge } from '../lifecycle/kubectl';

/** `k8s.io/apimachinery/pkg/util/duration.HumanDuration`: the single-Pod model's implementation. */
export const humanDuration = kubectlAge;
