import type { Node } from 'yaml';
import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { parseYaml } from '../../parse/yaml.js';
import { imageComponent } from '../images/component.js';
import { asSeq, get, lineOf, scalarText, yamlDoc } from '../../parse/yaml-nodes.js';
import type { YamlDoc } from '../../parse/yaml-nodes.js';
import { composeEnvironment, composeImages, looksLikeCompose } from '../images/compose.js';
import { isComposeFileName } from '../images/file-names.js';
import { isHelmFileName } from '../images/file-names.js';
import { isKustomizationName } from '../images/file-names.js';

// Kubernetes manifests: the container images of every workload in every document of a
// multi-document file, including List kinds. A YAML file that is not a Kubernetes manifest (no
// apiVersion and kind) is none of this extractor's business and is passed over without a word,
// except a Compose file under another name (`etherpad.yml` beside docker-compose.yml, used with
// `docker compose -f`), whose images are read as Compose reads them.

const ORIGIN = 'extract/kubernetes';

/** Where each workload kind keeps its pod spec (kubernetes.io/docs/reference/kubernetes-api/workload-resources). */
const POD_SPEC_PATH: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/**
 * Custom resources that name the image they deploy as an image plus a version field: the
 * Mattermost operator's `Mattermost` (installation.mattermost.com) and older `ClusterInstallation`.
 */
const CUSTOM_IMAGE_FIELDS: Readonly<Record<string, { group: string; image: string; tag: string }>> = {
  Mattermost: { group: 'installation.mattermost.com/', image: 'image', tag: 'version' },
  ClusterInstallation: { group: 'mattermost.com/', image: 'image', tag: 'version' },
};

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

const LOCK_OR_TOOL_YAML = /(^|[-.])lock\.ya?ml$|^pnpm-workspace\.ya?ml$|^(mkdocs|codecov|dependabot|renovate|action)\.ya?ml$/i;

export function isKubernetesCandidate(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (!/\.ya?ml$/i.test(base) || base.startsWith('.')) return false;
  // Helm templates are Go templates, not YAML; GitHub/CI folders hold workflows, not manifests.
  if (/(^|\/)(templates|\.github|\.gitlab|\.circleci)\//.test(path)) return false;
  return !isComposeFileName(path) && !isHelmFileName(path) && !isKustomizationName(path) && base !== 'Chart.lock' && !LOCK_OR_TOOL_YAML.test(base);
}

function at(y: YamlDoc, node: unknown, path: readonly string[]): Node | undefined {
  let cur: unknown = node;
  for (const key of path) {
    cur = get(y, cur, key);
    if (cur === undefined) return undefined;
  }
  return cur as Node;
}

function podSpecImages(y: YamlDoc, spec: unknown, path: string, components: Component[], problems: Problem[]): void {
  for (const list of CONTAINER_LISTS) {
    for (const container of asSeq(y, get(y, spec, list))?.items ?? []) {
      const imageNode = get(y, container, 'image');
      const image = scalarText(y, imageNode);
      // A container without an image is normal in a kustomize or strategic-merge patch.
      if (image === undefined || image === '') continue;
      const made = imageComponent(image, path, lineOf(y, imageNode), ORIGIN);
      if (made.component) components.push(made.component);
      else problems.push(made.problem);
    }
  }
}

/** Images of one Kubernetes object (recursing into List items); false when it is not one. */
function objectImages(y: YamlDoc, obj: unknown, path: string, components: Component[], problems: Problem[], depth: number): boolean {
  const apiVersion = scalarText(y, get(y, obj, 'apiVersion'));
  const kind = scalarText(y, get(y, obj, 'kind'));
  if (!kind || (!apiVersion && depth === 0)) return false;
  const items = asSeq(y, get(y, obj, 'items'));
  if (items && (kind === 'List' || kind.endsWith('List')) && depth < 4) {
    for (const item of items.items) objectImages(y, item, path, components, problems, depth + 1);
    return true;
  }
  const custom = CUSTOM_IMAGE_FIELDS[kind];
  if (custom && apiVersion?.startsWith(custom.group)) {
    const spec = get(y, obj, 'spec');
    const imageNode = get(y, spec, custom.image);
    const image = scalarText(y, imageNode);
    if (image) {
      const tagNode = get(y, spec, custom.tag);
      const tag = scalarText(y, tagNode);
      const made = imageComponent(tag ? `${image}:${tag}` : image, path, lineOf(y, imageNode), ORIGIN);
      if (made.component) components.push(made.component);
      else problems.push(made.problem);
    }
    return true;
  }
  // Own keys only: `kind: __proto__` or `kind: constructor` must not find Object.prototype's members.
  const specPath = Object.hasOwn(POD_SPEC_PATH, kind) ? POD_SPEC_PATH[kind] : undefined;
  if (specPath) {
    podSpecImages(y, at(y, obj, specPath), path, components, problems);
    return true;
  }
  // Workload-like custom resources (Argo Rollouts, OpenShift DeploymentConfig, Knative Service)
  // keep a pod template where Deployment does.
  const template = at(y, obj, ['spec', 'template', 'spec']);
  if (template && asSeq(y, get(y, template, 'containers'))) podSpecImages(y, template, path, components, problems);
  return true;
}

export const kubernetesManifests: Extractor = {
  id: 'kubernetes',
  description: 'Kubernetes manifests (*.yaml, *.yml): container, init and ephemeral container images of workloads, CronJobs and Lists',
  claims: isKubernetesCandidate,
  extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
    const components: Component[] = [];
    const problems: Problem[] = [];
    // [ \t], not \s: with the m flag, \s* runs across line ends, and every blank line would rescan
    // all the blank lines after it (40,000 of them took 5 s).
    const mayBeKubernetes = /^[ \t]*kind[ \t]*:/m.test(file.text) && /^[ \t]*apiVersion[ \t]*:/m.test(file.text);
    const mayBeCompose = /^services[ \t]*:/m.test(file.text);
    // Most YAML in a repository is neither; do not pay for parsing it.
    if (!mayBeKubernetes && !mayBeCompose) return { components, problems };
    const parsed = parseYaml(file.text, ORIGIN, file.path);
    // A YAML error in a file that is not a manifest is not this extractor's business either.
    if (mayBeKubernetes) problems.push(...parsed.problems);
    for (const doc of parsed.docs) {
      const y = yamlDoc(doc, parsed.lines, { origin: ORIGIN, file: file.path, problems });
      if (objectImages(y, doc.contents, file.path, components, problems, 0)) continue;
      if (mayBeCompose && looksLikeCompose(y)) {
        composeImages(y, file.path, composeEnvironment(file.path, ctx), components, problems, ctx);
      }
    }
    return { components, problems };
  },
};
