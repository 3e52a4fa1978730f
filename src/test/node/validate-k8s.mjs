// Validates every object of rendered Kubernetes manifests (kubectl kustomize output on stdin) against
// the Kubernetes API schema (kubernetes-models) and, for the ServiceMonitor, the Prometheus Operator's CRD
// schema (@kubernetes-models/prometheus-operator): wrong types and missing required fields fail, and so
// does a kind with no schema here. The schemas do not reject unknown fields (a misspelt optional field
// passes).
// Then checks the deployment rules of this service across objects (each failure counts as invalid):
// - a Deployment that an autoscaler scales has no spec.replicas (it would reset the count on every apply);
// - a PodDisruptionBudget leaves a majority of the autoscaler's minimum replicas running;
// - an Ingress routes nothing under /q/ (metrics, health, OpenAPI, Swagger UI stay internal), and names
//   Services and ports that exist;
// - a ServiceMonitor scrapes /q/metrics on a Service port that exists.
import { parseAllDocuments } from 'yaml';
import { readFileSync } from 'node:fs';

const models = {
  'v1/Namespace': (await import('kubernetes-models/v1/Namespace')).Namespace,
  'v1/ConfigMap': (await import('kubernetes-models/v1/ConfigMap')).ConfigMap,
  'v1/Service': (await import('kubernetes-models/v1/Service')).Service,
  'apps/v1/Deployment': (await import('kubernetes-models/apps/v1/Deployment')).Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': (await import('kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'))
    .HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': (await import('kubernetes-models/policy/v1/PodDisruptionBudget')).PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': (await import('kubernetes-models/networking.k8s.io/v1/NetworkPolicy'))
    .NetworkPolicy,
  'networking.k8s.io/v1/Ingress': (await import('kubernetes-models/networking.k8s.io/v1/Ingress')).Ingress,
  'monitoring.coreos.com/v1/ServiceMonitor': (
    await import('@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor')
  ).ServiceMonitor,
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

// Rules across objects. Objects of one kind are matched by name and namespace.
const ofKind = (kind) => documents.filter((o) => o.kind === kind);
const sameNamespace = (a, b) => (a.metadata?.namespace ?? '') === (b.metadata?.namespace ?? '');
const selects = (selector, labels) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v);
const rule = (ok, object, message) => {
  if (ok) return;
  console.error(`RULE       ${object.kind} ${object.metadata?.name}: ${message}`);
  failures++;
};

for (const hpa of ofKind('HorizontalPodAutoscaler')) {
  const target = ofKind(hpa.spec.scaleTargetRef.kind)
    .find((o) => o.metadata.name === hpa.spec.scaleTargetRef.name && sameNamespace(o, hpa));
  rule(target, hpa, `scales ${hpa.spec.scaleTargetRef.kind} ${hpa.spec.scaleTargetRef.name}, which is not rendered`);
  if (!target) continue;
  rule(target.spec.replicas === undefined, target, 'has spec.replicas although an autoscaler owns the count');
  const minReplicas = hpa.spec.minReplicas ?? 1;
  for (const pdb of ofKind('PodDisruptionBudget')) {
    if (!sameNamespace(pdb, hpa) || !selects(pdb.spec.selector, target.spec.template.metadata.labels)) continue;
    const { maxUnavailable, minAvailable } = pdb.spec;
    const serving = maxUnavailable !== undefined
      ? (typeof maxUnavailable === 'number' ? minReplicas - maxUnavailable : undefined)
      : (typeof minAvailable === 'number' ? minAvailable : undefined);
    rule(serving !== undefined, pdb, 'give maxUnavailable or minAvailable as a number of pods');
    rule(serving === undefined || serving > minReplicas / 2, pdb,
      `leaves ${serving} of the autoscaler's ${minReplicas} minimum replicas: not a majority`);
  }
}

const servicePort = (owner, serviceName, port) => {
  const service = ofKind('Service').find((s) => s.metadata.name === serviceName && sameNamespace(s, owner));
  if (!service) return undefined;
  return service.spec.ports.find((p) => (port.name !== undefined ? p.name === port.name : p.port === port.number));
};
for (const ingress of ofKind('Ingress')) {
  for (const ruleOfHost of ingress.spec.rules ?? []) {
    for (const path of ruleOfHost.http?.paths ?? []) {
      const prefix = path.path ?? '/';
      const internal = prefix === '/' || prefix === '/q' || prefix.startsWith('/q/')
        || path.pathType === 'ImplementationSpecific';
      rule(!internal, ingress, `routes ${prefix} (${path.pathType}): could expose /q/ (metrics, health, OpenAPI)`);
      const { name, port } = path.backend.service ?? {};
      rule(servicePort(ingress, name, port ?? {}), ingress,
        `${prefix} goes to Service ${name} port ${port?.name ?? port?.number}, which does not exist`);
    }
  }
}
for (const monitor of ofKind('ServiceMonitor')) {
  const services = ofKind('Service').filter((s) => sameNamespace(s, monitor) && selects(monitor.spec.selector, s.metadata.labels));
  rule(services.length > 0, monitor, 'selects no rendered Service');
  for (const endpoint of monitor.spec.endpoints ?? []) {
    rule(endpoint.path === '/q/metrics', monitor, `scrapes ${endpoint.path}, not /q/metrics`);
    for (const service of services) {
      rule(servicePort(monitor, service.metadata.name, { name: endpoint.port }), monitor,
        `port ${endpoint.port} is not a named port of Service ${service.metadata.name}`);
    }
  }
}

console.log(`${documents.length} objects, ${failures} invalid`);
process.exit(failures === 0 && documents.length > 0 ? 0 : 1);
