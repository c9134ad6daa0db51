// How a failed GitHub request is judged. Kept apart from client.ts so that judging an error
// never loads Octokit: the client is imported only by runs that talk to GitHub.

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A failure a later attempt may not see: server errors, rate limits, a dropped connection
 * (Octokit reports a network failure as a RequestError with status 500).
 */
export function isTransient(err: unknown): boolean {
  const s = statusOf(err);
  if (s === undefined) return false;
  if (s >= 500 || s === 429) return true;
  return s === 403 && /secondary rate limit|rate limit exceeded/i.test(messageOf(err));
}
