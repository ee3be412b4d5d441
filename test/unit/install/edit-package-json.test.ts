import { describe, expect, it } from 'vitest';
import { editPackageJson, PackageJsonError } from '../../../src/install/edit-package-json.ts';

describe('editPackageJson', () => {
  it('adds scripts.prepare and devDependencies to a bare package.json (npm init -y shape)', () => {
    const text = '{\n  "name": "app",\n  "version": "1.0.0"\n}\n';
    const edit = editPackageJson(text, 'husky', { husky: '^9.1.7' });
    expect(JSON.parse(edit.text)).toEqual({
      name: 'app',
      version: '1.0.0',
      scripts: { prepare: 'husky' },
      devDependencies: { husky: '^9.1.7' },
    });
    expect(edit.prepare).toEqual({ before: undefined, after: 'husky' });
    expect(edit.addedDevDependencies).toEqual(['husky']);
    expect(edit.text.endsWith('}\n')).toBe(true);
  });

  it('keeps the file as it is when nothing is missing', () => {
    const text = '{\t"devDependencies": {"husky": "^9"}}';
    expect(editPackageJson(text, undefined, { husky: '^9.1.7' })).toEqual({ text, prepare: undefined, addedDevDependencies: [] });
  });

  it('counts a dependency of any kind as present', () => {
    const text = JSON.stringify({ dependencies: { husky: '9' }, peerDependencies: { 'secret-hooks': '*' } });
    expect(editPackageJson(text, undefined, { husky: '^9.1.7', 'secret-hooks': '^1.0.0' }).addedDevDependencies).toEqual([]);
  });

  it('keeps indentation, CRLF line endings and a missing final newline', () => {
    const tabs = '{\r\n\t"name": "x"\r\n}';
    const edit = editPackageJson(tabs, 'husky', {});
    expect(edit.text).toBe('{\r\n\t"name": "x",\r\n\t"scripts": {\r\n\t\t"prepare": "husky"\r\n\t}\r\n}');
    const four = '{\n    "name": "x"\n}\n';
    expect(editPackageJson(four, 'husky', {}).text).toContain('\n        "prepare": "husky"\n');
  });

  it('keeps a sorted devDependencies list sorted, and an unsorted one in its order', () => {
    const sorted = JSON.stringify({ devDependencies: { eslint: '9', vitest: '3' } }, null, 2);
    expect(Object.keys(JSON.parse(editPackageJson(sorted, undefined, { husky: '9' }).text).devDependencies)).toEqual([
      'eslint',
      'husky',
      'vitest',
    ]);
    const unsorted = JSON.stringify({ devDependencies: { vitest: '3', eslint: '9' } }, null, 2);
    expect(Object.keys(JSON.parse(editPackageJson(unsorted, undefined, { husky: '9' }).text).devDependencies)).toEqual([
      'vitest',
      'eslint',
      'husky',
    ]);
  });

  it('replaces prepare with the merged command and reports the old one', () => {
    const text = JSON.stringify({ scripts: { build: 'tsc', prepare: 'tsc' } }, null, 2);
    const edit = editPackageJson(text, 'husky && tsc', {});
    expect(JSON.parse(edit.text).scripts).toEqual({ build: 'tsc', prepare: 'husky && tsc' });
    expect(edit.prepare).toEqual({ before: 'tsc', after: 'husky && tsc' });
  });

  it('refuses invalid JSON and a scripts field that is not an object, with a message', () => {
    expect(() => editPackageJson('{ "name": ', 'husky', {})).toThrow(PackageJsonError);
    expect(() => editPackageJson('[]', 'husky', {})).toThrow(/not valid JSON/);
    expect(() => editPackageJson('{"scripts": "x"}', 'husky', {})).toThrow(/"scripts" is not an object/);
  });
});
