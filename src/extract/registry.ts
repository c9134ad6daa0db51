import type { Extractor } from '../model/extractor.js';
import { apkInstalled } from './apk/index.js';
import { ansiblePackageFacts } from './ansible/index.js';
import { ansibleVars } from './ansible-vars/index.js';
import { bunLock } from './bun/index.js';
import { bundlerLock } from './bundler/index.js';
import { cargoLock } from './cargo/index.js';
import { cocoapodsLock } from './cocoapods/index.js';
import { composeFiles } from './compose/index.js';
import { composerLock } from './composer/index.js';
import { dockerfiles } from './dockerfile/index.js';
import { dpkgStatus } from './dpkg/index.js';
import { packageEngines } from './engines/index.js';
import { goMod } from './gomod/index.js';
import { gradleLock } from './gradle/index.js';
import { helmCharts } from './helm/index.js';
import { kubernetesManifests } from './kubernetes/index.js';
import { kustomizations } from './kustomize/index.js';
import { mavenPom } from './maven/index.js';
import { npmLock } from './npm/index.js';
import { nugetLock } from './nuget/index.js';
import { pdmLock } from './pdm/index.js';
import { requirementsTxt } from './pip/index.js';
import { rpmList } from './rpm/index.js';
import { sboms } from './sbom/index.js';
import { scannerReports } from './scanner-report/index.js';
import { pipfileLock } from './pipenv/index.js';
import { pnpmLock } from './pnpm/index.js';
import { poetryLock } from './poetry/index.js';
import { renovateAnnotations } from './renovate/index.js';
import { pubLock } from './pub/index.js';
import { uvLock } from './uv/index.js';
import { versionFiles } from './version-files/index.js';
import { yarnLock } from './yarn/index.js';

/**
 * Every file format patchwarden reads, one line each. Discovery hands a file to the first
 * extractor that claims it, so more specific claims come first.
 */
export const EXTRACTORS: readonly Extractor[] = [
  npmLock,
  yarnLock,
  pnpmLock,
  bunLock,
  requirementsTxt,
  poetryLock,
  uvLock,
  pipfileLock,
  pdmLock,
  goMod,
  cargoLock,
  bundlerLock,
  composerLock,
  gradleLock,
  mavenPom,
  nugetLock,
  pubLock,
  cocoapodsLock,
  dpkgStatus,
  apkInstalled,
  rpmList,
  versionFiles,
  packageEngines,
  dockerfiles,
  composeFiles,
  kustomizations,
  helmCharts,
  sboms,
  scannerReports,
  ansiblePackageFacts,
  // Before the Kubernetes catch-all: Ansible's defaults/, vars/, group_vars/ and host_vars/ YAML.
  ansibleVars,
  renovateAnnotations,
  // Last: it claims any remaining *.yaml / *.yml and quietly ignores what is not Kubernetes.
  kubernetesManifests,
];
