import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LiveOptions } from './index.js';
import { DEFAULT_REGISTRY_URLS } from './registry-urls.js';
import type { RegistryName } from './registry-urls.js';

// Settings of the live sources as a person writes them (CLI flags, action inputs: strings and
// lists), checked and turned into LiveOptions. Both entry points call this, so a flag and its
// input accept exactly the same values; each error names the setting, and the caller prints it
// under its own flag or input name (see README.md for the table).

/** The public OSV API. */
export const DEFAULT_OSV_API_URL = 'https://api.osv.dev';

/** The OSV API's base URL as a run asks it and its report names it. */
export function osvApiBase(options: Pick<LiveOptions, 'osvApiUrl'>): string {
  return (options.osvApiUrl ?? DEFAULT_OSV_API_URL).replace(/\/+$/, '');
}

export type LiveSource = 'osv-api' | 'registry-dates' | 'kev' | 'epss' | 'endoflife';
export const LIVE_SOURCES: readonly LiveSource[] = ['osv-api', 'registry-dates', 'kev', 'epss', 'endoflife'];

/** `fail`: an unreachable source or a too-old cache is an error (exit 2); `warn`: a warning. */
export type FailurePolicy = 'fail' | 'warn';

/** One staleness limit for every source whose data ages; release dates of published versions do not. */
export function agesFor(days: number): Partial<Record<LiveSource, number>> {
  return Object.fromEntries(LIVE_SOURCES.filter((s) => s !== 'registry-dates').map((s) => [s, days]));
}

/**
 * The default cache folder: under RUNNER_TEMP in GitHub Actions (which the README shows how to
 * keep with actions/cache), else the user's cache folder.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'patchwarden-cache');
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'patchwarden');
  return join(homedir(), '.cache', 'patchwarden');
}

export interface LiveSettings {
  offline?: boolean;
  osvApiUrl?: string;
  /** `NAME=URL`, NAME one of npm, pypi, go, crates, rubygems, packagist, maven, nuget, pub. */
  registryUrls?: readonly string[];
  kevUrl?: string;
  epssUrl?: string;
  epssCsvUrl?: string;
  endoflifeUrl?: string;
  cacheDir?: string;
  /** `DAYS` for every source, or `SOURCE=DAYS`. */
  maxCacheAge?: readonly string[];
  onSourceError?: string;
  /** Source names to switch off; each entry may be a comma- or space-separated list. */
  disable?: readonly string[];
  /** Seconds per attempt. */
  fetchTimeout?: string;
}

export interface SettingError {
  setting: keyof LiveSettings;
  message: string;
}

function url(value: string | undefined, setting: keyof LiveSettings, errors: SettingError[]): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const u = new URL(value.trim());
    if (u.protocol === 'http:' || u.protocol === 'https:') return value.trim().replace(/\/+$/, '');
  } catch {
    // reported below
  }
  errors.push({ setting, message: `expected an http(s) URL, got '${value}'` });
  return undefined;
}

function days(value: string, setting: keyof LiveSettings, errors: SettingError[]): number | undefined {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  errors.push({ setting, message: `expected a number of days, got '${value}'` });
  return undefined;
}

const isSource = (s: string): s is LiveSource => (LIVE_SOURCES as readonly string[]).includes(s);

/** LiveOptions from the settings, or the errors that make them unusable (a usage error, exit 2). */
export function liveOptionsFrom(settings: LiveSettings): { options: LiveOptions; errors: SettingError[] } {
  const errors: SettingError[] = [];
  const options: LiveOptions = {};
  if (settings.offline) options.offline = true;
  const set = <K extends keyof LiveOptions>(key: K, value: LiveOptions[K] | undefined): void => {
    if (value !== undefined) options[key] = value;
  };
  set('osvApiUrl', url(settings.osvApiUrl, 'osvApiUrl', errors));
  set('kevUrl', url(settings.kevUrl, 'kevUrl', errors));
  set('epssUrl', url(settings.epssUrl, 'epssUrl', errors));
  set('epssCsvUrl', url(settings.epssCsvUrl, 'epssCsvUrl', errors));
  set('endoflifeUrl', url(settings.endoflifeUrl, 'endoflifeUrl', errors));
  if (settings.cacheDir !== undefined && settings.cacheDir.trim() !== '') options.cacheDir = settings.cacheDir.trim();

  const registries: Partial<Record<RegistryName, string>> = {};
  for (const entry of settings.registryUrls ?? []) {
    const eq = entry.indexOf('=');
    const name = eq === -1 ? '' : entry.slice(0, eq).trim();
    if (!(name in DEFAULT_REGISTRY_URLS)) {
      errors.push({ setting: 'registryUrls', message: `expected NAME=URL with NAME one of ${Object.keys(DEFAULT_REGISTRY_URLS).join(', ')}, got '${entry}'` });
      continue;
    }
    const u = url(entry.slice(eq + 1), 'registryUrls', errors);
    if (u !== undefined) registries[name as RegistryName] = u;
  }
  if (Object.keys(registries).length > 0) options.registryUrls = registries;

  const ages: Partial<Record<LiveSource, number>> = {};
  let all: number | undefined;
  for (const entry of settings.maxCacheAge ?? []) {
    const eq = entry.indexOf('=');
    if (eq === -1) {
      all = days(entry, 'maxCacheAge', errors) ?? all;
      continue;
    }
    const source = entry.slice(0, eq).trim();
    if (!isSource(source)) {
      errors.push({ setting: 'maxCacheAge', message: `expected DAYS or SOURCE=DAYS with SOURCE one of ${LIVE_SOURCES.join(', ')}, got '${entry}'` });
      continue;
    }
    const d = days(entry.slice(eq + 1), 'maxCacheAge', errors);
    if (d !== undefined) ages[source] = d;
  }
  if (all !== undefined || Object.keys(ages).length > 0) options.maxCacheAgeDays = { ...(all === undefined ? {} : agesFor(all)), ...ages };

  if (settings.onSourceError !== undefined && settings.onSourceError.trim() !== '') {
    const p = settings.onSourceError.trim();
    if (p === 'fail' || p === 'warn') options.onSourceError = p as FailurePolicy;
    else errors.push({ setting: 'onSourceError', message: `expected fail or warn, got '${settings.onSourceError}'` });
  }

  const disabled: LiveSource[] = [];
  for (const name of (settings.disable ?? []).flatMap((d) => d.split(/[\s,]+/)).filter(Boolean)) {
    if (isSource(name)) disabled.push(name);
    else errors.push({ setting: 'disable', message: `expected a source among ${LIVE_SOURCES.join(', ')}, got '${name}'` });
  }
  if (disabled.length > 0) options.disabled = disabled;

  if (settings.fetchTimeout !== undefined && settings.fetchTimeout.trim() !== '') {
    const s = settings.fetchTimeout.trim();
    if (/^\d+(\.\d+)?$/.test(s) && Number(s) > 0) options.timeoutMs = Math.round(Number(s) * 1000);
    else errors.push({ setting: 'fetchTimeout', message: `expected a number of seconds above 0, got '${settings.fetchTimeout}'` });
  }
  return { options, errors };
}
