import { describe, expect, it } from 'vitest';
import { defaultCacheDir, liveOptionsFrom } from '../../src/advise/live/index.js';

// The settings people type (flags, action inputs) into LiveOptions, with errors that name the setting.

describe('liveOptionsFrom', () => {
  it('turns every setting into its option', () => {
    const { options, errors } = liveOptionsFrom({
      offline: false,
      osvApiUrl: 'http://127.0.0.1:8080/',
      registryUrls: ['npm=https://npm.internal/', 'maven=https://maven.internal/repository/central'],
      kevUrl: 'https://mirror.internal/kev.json',
      epssCsvUrl: 'https://mirror.internal/epss.csv.gz',
      cacheDir: '/tmp/pw',
      maxCacheAge: ['3', 'osv-api=1'],
      onSourceError: 'warn',
      disable: ['epss, endoflife', 'kev'],
      fetchTimeout: '2.5',
    });
    expect(errors).toEqual([]);
    expect(options).toEqual({
      osvApiUrl: 'http://127.0.0.1:8080',
      registryUrls: { npm: 'https://npm.internal', maven: 'https://maven.internal/repository/central' },
      kevUrl: 'https://mirror.internal/kev.json',
      epssCsvUrl: 'https://mirror.internal/epss.csv.gz',
      cacheDir: '/tmp/pw',
      // One number for every source whose data ages; release dates are left unlimited.
      maxCacheAgeDays: { 'osv-api': 1, kev: 3, epss: 3, endoflife: 3 },
      onSourceError: 'warn',
      disabled: ['epss', 'endoflife', 'kev'],
      timeoutMs: 2500,
    });
  });

  it('names the setting and the bad value of each error', () => {
    const { errors } = liveOptionsFrom({
      osvApiUrl: 'ftp://osv',
      registryUrls: ['cargo=https://x', 'npm'],
      maxCacheAge: ['five', 'nvd=3'],
      onSourceError: 'ignore',
      disable: ['osv'],
      fetchTimeout: '0',
    });
    expect(errors.map((e) => `${e.setting}: ${e.message}`)).toEqual([
      "osvApiUrl: expected an http(s) URL, got 'ftp://osv'",
      "registryUrls: expected NAME=URL with NAME one of npm, pypi, go, crates, rubygems, packagist, maven, nuget, pub, got 'cargo=https://x'",
      "registryUrls: expected NAME=URL with NAME one of npm, pypi, go, crates, rubygems, packagist, maven, nuget, pub, got 'npm'",
      "maxCacheAge: expected a number of days, got 'five'",
      "maxCacheAge: expected DAYS or SOURCE=DAYS with SOURCE one of osv-api, registry-dates, kev, epss, endoflife, got 'nvd=3'",
      "onSourceError: expected fail or warn, got 'ignore'",
      "disable: expected a source among osv-api, registry-dates, kev, epss, endoflife, got 'osv'",
      "fetchTimeout: expected a number of seconds above 0, got '0'",
    ]);
  });

  it('puts the default cache under RUNNER_TEMP in Actions, else the user cache folder', () => {
    expect(defaultCacheDir({ RUNNER_TEMP: '/home/runner/work/_temp' })).toBe('/home/runner/work/_temp/patchwarden-cache');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/patchwarden');
    expect(defaultCacheDir({})).toMatch(/\.cache\/patchwarden$/);
  });
});
