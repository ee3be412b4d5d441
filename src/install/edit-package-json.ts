/**
 * Edits package.json text the way npm itself does (JSON.stringify with the file's own indentation,
 * line endings and final newline kept), so that the diff shows only what init changed.
 */
export interface PackageJsonEdit {
  /** The new text; identical to the input when nothing changed. */
  text: string;
  prepare: { before: string | undefined; after: string } | undefined;
  addedDevDependencies: string[];
}

type Json = Record<string, unknown>;

export class PackageJsonError extends Error {
  override name = 'PackageJsonError';
}

/**
 * Sets `scripts.prepare` to `prepare` when given, and adds each of `devDependencies` that is not
 * already a dependency of any kind.
 */
export function editPackageJson(text: string, prepare: string | undefined, devDependencies: Record<string, string>): PackageJsonEdit {
  let pkg: Json;
  try {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (!isObject(parsed)) throw new Error('not a JSON object');
    pkg = parsed;
  } catch (e) {
    throw new PackageJsonError(`package.json is not valid JSON (${(e as Error).message}); fix it and run init again`);
  }
  let changed = false;
  let prepareChange: PackageJsonEdit['prepare'];
  if (prepare !== undefined) {
    const scripts = objectAt(pkg, 'scripts');
    const before = typeof scripts.prepare === 'string' ? scripts.prepare : undefined;
    scripts.prepare = prepare;
    prepareChange = { before, after: prepare };
    changed = true;
  }
  const added: string[] = [];
  for (const [name, range] of Object.entries(devDependencies)) {
    const kinds = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
    if (kinds.some((k) => isObject(pkg[k]) && name in (pkg[k] as Json))) continue;
    const dev = objectAt(pkg, 'devDependencies');
    const wasSorted = isSorted(Object.keys(dev));
    dev[name] = range;
    // npm keeps dependency lists sorted; keep a sorted list sorted, and an unsorted one as it was.
    if (wasSorted) pkg.devDependencies = Object.fromEntries(Object.entries(dev).sort(([a], [b]) => a.localeCompare(b, 'en')));
    added.push(name);
    changed = true;
  }
  if (!changed) return { text, prepare: undefined, addedDevDependencies: [] };
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = JSON.stringify(pkg, null, indent);
  if (eol !== '\n') out = out.replace(/\n/g, eol);
  if (/\r?\n$/.test(text) || text === '') out += eol;
  return { text: out, prepare: prepareChange, addedDevDependencies: added };
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function objectAt(pkg: Json, key: string): Json {
  const v = pkg[key];
  if (isObject(v)) return v;
  if (v !== undefined) throw new PackageJsonError(`package.json "${key}" is not an object; fix it and run init again`);
  const fresh: Json = {};
  pkg[key] = fresh;
  return fresh;
}

function isSorted(keys: readonly string[]): boolean {
  return keys.every((k, i) => i === 0 || keys[i - 1]!.localeCompare(k, 'en') <= 0);
}
