// The package registries that date releases, and where each is asked by default: part of the live
// settings every source shares (LiveOptions.registryUrls), read by the fix-release-date enrichment.

export type RegistryName = 'npm' | 'pypi' | 'go' | 'crates' | 'rubygems' | 'packagist' | 'maven' | 'nuget' | 'pub';

export const DEFAULT_REGISTRY_URLS: Readonly<Record<RegistryName, string>> = {
  npm: 'https://registry.npmjs.org',
  pypi: 'https://pypi.org',
  go: 'https://proxy.golang.org',
  crates: 'https://crates.io',
  rubygems: 'https://rubygems.org',
  packagist: 'https://repo.packagist.org',
  maven: 'https://repo1.maven.org/maven2',
  nuget: 'https://api.nuget.org/v3/registration5-gz-semver2',
  pub: 'https://pub.dev',
};
