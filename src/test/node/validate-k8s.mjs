// Validates every object of rendered Kubernetes manifests (kubectl kustomize output on stdin) against
// the Kubernetes API schema (kubernetes-models): wrong types and missing required fields fail.
import { parseAllDocuments } from 'yaml';
import { readFileSync } from 'node:fs';

const models = {
  'v1/ConfigMap': (await import('kubernetes-models/v1/ConfigMap')).ConfigMap,
  'v1/Service': (await import('kubernetes-models/v1/Service')).Service,
  'apps/v1/Deployment': (await import('kubernetes-models/apps/v1/Deployment')).Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': (await import('kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'))
    .HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': (await import('kubernetes-models/policy/v1/PodDisruptionBudget')).PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': (await import('kubernetes-models/networking.k8s.io/v1/NetworkPolicy'))
    .NetworkPolicy,
};

const documents = parseAllDocuments(readFileSync(0, 'utf8')).map((d) => d.toJSON()).filter(Boolean);
let failures = 0;
for (const object of documents) {
  const key = `${object.apiVersion}/${object.kind}`;
  const Model = models[key];
  if (!Model) {
    console.error(`NO SCHEMA  ${key} ${object.metadata?.name}`);
    failures++;
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`valid      ${key} ${object.metadata.name}`);
  } catch (e) {
    console.error(`INVALID    ${key} ${object.metadata?.name}: ${e.message}`);
    failures++;
  }
}
console.log(`${documents.length} objects, ${failures} invalid`);
process.exit(failures === 0 && documents.length > 0 ? 0 : 1);
