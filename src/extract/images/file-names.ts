// The file names each image-reading format claims, in one place: the Kubernetes extractor claims
// every other YAML file, so it must know which ones the Compose, Helm and Kustomize extractors own.

/** docker-compose.yml, docker-compose.override.yaml, docker-compose-ci.yml, compose.yaml, compose.prod.yml. */
const COMPOSE_NAME = /^(?:docker-)?compose(?:[.-][A-Za-z0-9_.-]+)?\.ya?ml$/i;

export function isComposeFileName(path: string): boolean {
  return COMPOSE_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

const VALUES_NAME = /^values(?:[.-][A-Za-z0-9_.-]+)?\.ya?ml$/i;

export function isHelmFileName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base === 'Chart.yaml' || VALUES_NAME.test(base);
}

const NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

export function isKustomizationName(path: string): boolean {
  return NAMES.has(path.slice(path.lastIndexOf('/') + 1));
}
