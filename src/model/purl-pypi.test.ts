import { describe, expect, it } from 'vitest';
import { purlFor } from './purl.js';

// purl-spec, PURL-TYPES (pypi): "PyPI treats - and _ as the same character and is not case
// sensitive. Therefore a PyPI package name must be lowercased and underscore _ replaced with a
// dash -". Dots are not named, so they stay.
describe('pypi purls', () => {
  it('lowercases the name and turns each underscore into a dash, keeping dots', () => {
    expect(purlFor('PyPI', 'zope.interface', '5.4.0')).toBe('pkg:pypi/zope.interface@5.4.0');
    expect(purlFor('PyPI', 'Django_REST_framework', '3.15.2')).toBe('pkg:pypi/django-rest-framework@3.15.2');
    expect(purlFor('PyPI', 'ruamel.yaml.clib', '0.2.8')).toBe('pkg:pypi/ruamel.yaml.clib@0.2.8');
    expect(purlFor('PyPI', 'typing_extensions', '4.12.2')).toBe('pkg:pypi/typing-extensions@4.12.2');
  });
});
