// One spelling of a GitHub repository, so a pin's `depName=` and a product page's link meet.

/** `Owner/Repo`, `github.com/owner/repo`, `https://github.com/owner/repo.git` -> `owner/repo`. */
export function canonicalRepository(name: string): string {
  return name
    .trim()
    .replace(/^(?:https?:\/\/)?github\.com\//i, '')
    .replace(/\.git$/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}
