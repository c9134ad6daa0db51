import { code } from '../report/escape.js';

// Links into the repository at the scanned commit. The host, owner, name and commit come from
// the runner; the path comes from the repository and is untrusted, so every segment is
// percent-encoded (including the characters that end a Markdown link) and the label is a code
// span, inside which nothing renders.

export interface RepoLinks {
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
  /** The scanned folder, relative to the repository root, `/`-separated ('' for the root). */
  prefix: string;
}

const SAFE_URL = /^https?:\/\/[^\s()<>]+$/;

function encodePath(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** The repository-relative path of a report path. */
export function repoPath(links: Pick<RepoLinks, 'prefix'>, file: string): string {
  return links.prefix ? `${links.prefix.replace(/\/+$/, '')}/${file}` : file;
}

export function blobUrl(links: RepoLinks, file: string, line?: number): string | undefined {
  if (!links.owner || !links.repo || !/^[0-9a-f]{7,64}$/i.test(links.sha)) return undefined;
  const url = `${links.serverUrl}/${encodeURIComponent(links.owner)}/${encodeURIComponent(links.repo)}/blob/${links.sha}/${encodePath(repoPath(links, file))}${line ? `#L${line}` : ''}`;
  return SAFE_URL.test(url) ? url : undefined;
}

/** `path:line` as a code span, linked to that line at the scanned commit when a link can be made. */
export function locationLink(links: RepoLinks, file: string, line: number): string {
  const label = code(`${repoPath(links, file)}:${line}`);
  const url = blobUrl(links, file, line);
  return url ? `[${label}](${url})` : label;
}
