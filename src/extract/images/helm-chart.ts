/// <reference lib="es2024.string" />
import type { Component } from '../../model/types.js';
import { purlFor } from '../../model/purl.js';
import { makeComponent } from '../../model/component.js';

export const HELM_ECOSYSTEM = 'helm';

/**
 * A Helm chart an install pulls (a Chart.yaml dependency, a Kustomize helmCharts entry): inventory
 * of its own, ecosystem `helm`, layer `runtime` (the chart deploys a service beside the
 * application). A chart from a folder (no repository, or `file://`) is a path source.
 */
export function helmChartComponent(name: string, version: string, repository: string, file: string, line: number): Component {
  const local = repository === '' || repository.startsWith('file://');
  const c = makeComponent({ ecosystem: HELM_ECOSYSTEM, name, version, file, line, layer: 'runtime', direct: true, source: local ? 'path' : 'registry' });
  // toWellFormed: encodeURIComponent throws on a lone surrogate (a YAML "\ud800" escape).
  if (!local) c.purl = `${purlFor(HELM_ECOSYSTEM, name, version)}?repository_url=${encodeURIComponent(repository.toWellFormed())}`;
  return c;
}
