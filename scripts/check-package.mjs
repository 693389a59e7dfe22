// `pnpm check:package` for one package (run in its directory): packs it the way it is published
// (`pnpm pack`, which applies `publishConfig`), then fails when the tarball breaks a rule below,
// and runs publint and arethetypeswrong on that tarball.
//
// The rules (each came back at least once before it was checked):
// - every `files` entry matches something in the tarball (no `CHANGELOG.md` that is not there);
// - every export target, under every condition, is in the tarball, and no condition names a
//   workspace-only one (`@ccapi/source` points at sources that are not shipped);
// - every public subpath resolves, and none is the removed `./internal`;
// - `bin` targets exist and start with a shebang;
// - no source map carries its sources (that doubled the download), and maps stay small;
// - no module is shipped twice (the emulator's CLI once bundled its own copy of the library).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = process.cwd();
// publint and attw are the repo root's devDependencies: found from here, the script also checks a
// package outside the workspace (its own tests build broken ones in a temporary folder).
const binDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin');
const work = mkdtempSync(join(tmpdir(), 'ccapi-check-package-'));
const problems = [];
const fail = (message) => problems.push(message);

try {
  execFileSync('pnpm', ['pack', '--pack-destination', work], {
    cwd: packageDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (tarball == null) throw new Error('pnpm pack wrote no tarball');
  const tarballPath = join(work, tarball);
  execFileSync('tar', ['-xzf', tarballPath, '-C', work]);
  const root = join(work, 'package');
  const files = listFiles(root);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const label = `${manifest.name}@${manifest.version}`;

  for (const entry of JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).files ??
    []) {
    const pattern = globToRegExp(entry);
    if (!files.some((file) => pattern.test(file))) {
      fail(`"files" lists ${entry}, which is not in the tarball: remove it or build it`);
    }
  }

  const subpaths = manifest.exports == null ? {} : normalizeExports(manifest.exports);
  for (const [subpath, target] of Object.entries(subpaths)) {
    if (subpath === './internal' || subpath.startsWith('./internal/')) {
      fail(`exports has ${subpath}: internal code is not a public subpath`);
    }
    for (const [conditions, path] of leaves(target)) {
      if (conditions.some((condition) => condition.startsWith('@ccapi/'))) {
        fail(
          `exports["${subpath}"] keeps the workspace condition ${conditions.join('.')} (→ ${path}): strip it in publishConfig.exports`,
        );
      }
      if (!path.includes('*') && !files.includes(path.replace(/^\.\//, ''))) {
        fail(
          `exports["${subpath}"] (${conditions.join('.') || 'default'}) → ${path} is not in the tarball`,
        );
      }
    }
  }
  for (const field of ['main', 'module', 'types']) {
    const path = manifest[field];
    if (path != null && !files.includes(path.replace(/^\.\//, ''))) {
      fail(`"${field}" → ${path} is not in the tarball`);
    }
  }
  for (const [name, path] of Object.entries(
    typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {}),
  )) {
    const file = path.replace(/^\.\//, '');
    if (!files.includes(file)) fail(`bin ${name} → ${path} is not in the tarball`);
    else if (!readFileSync(join(root, file), 'utf8').startsWith('#!')) {
      fail(`bin ${name} → ${path} has no shebang`);
    }
  }

  const js = files.filter((file) => /\.(c|m)?js$/.test(file));
  const jsBytes = sum(js.map((file) => size(root, file)));
  const maps = files.filter((file) => file.endsWith('.map'));
  for (const map of maps) {
    if (/"sourcesContent"\s*:\s*\[\s*"/.test(readFileSync(join(root, map), 'utf8'))) {
      fail(`${map} carries its sources: build maps without sourcesContent, or none`);
    }
  }
  const mapBytes = sum(maps.map((file) => size(root, file)));
  if (mapBytes > jsBytes / 2) {
    fail(`source maps are ${kb(mapBytes)} against ${kb(jsBytes)} of JavaScript: more than half`);
  }

  // A module shipped twice: samples from the middle of each large file found in another file.
  for (const file of js) {
    const text = readFileSync(join(root, file), 'utf8');
    if (text.length < 16_384) continue;
    for (const other of js) {
      if (other === file) continue;
      const otherText = readFileSync(join(root, other), 'utf8');
      const copied = [0.3, 0.5, 0.7].some((at) => {
        const start = Math.floor(text.length * at);
        return otherText.includes(text.slice(start, start + 600));
      });
      if (copied) fail(`${other} repeats code from ${file}: import it instead of bundling a copy`);
    }
  }

  run('publint', ['run', tarballPath, '--strict', '--pack', 'false']);
  run('attw', [tarballPath, '--profile', 'esm-only']);

  const packed = statSync(tarballPath).size;
  console.log(
    `${label}: ${files.length} files, ${kb(packed)} packed, ${kb(sum(files.map((file) => size(root, file))))} unpacked (${kb(jsBytes)} JavaScript, ${kb(mapBytes)} maps)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`check:package found ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}

function run(bin, args) {
  try {
    execFileSync(join(binDir, bin), args, { cwd: packageDir, stdio: 'inherit' });
  } catch {
    fail(`${bin} reported problems (above)`);
  }
}

function listFiles(dir) {
  const out = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** `exports` as `{ subpath: target }`, also when it is a bare string or a conditions object. */
function normalizeExports(exports) {
  if (typeof exports === 'string') return { '.': exports };
  const keys = Object.keys(exports);
  return keys.every((key) => key.startsWith('.')) ? exports : { '.': exports };
}

/** Each file path of an export target with the conditions leading to it. */
function leaves(target, conditions = []) {
  if (typeof target === 'string') return [[conditions, target]];
  if (Array.isArray(target)) return target.flatMap((item) => leaves(item, conditions));
  if (target == null) return [];
  return Object.entries(target).flatMap(([condition, value]) =>
    leaves(value, [...conditions, condition]),
  );
}

function globToRegExp(glob) {
  const source = glob
    .replace(/^\.\//, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/?/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '.*');
  return new RegExp(`^${source}(/.*)?$`);
}

function size(root, file) {
  return statSync(join(root, file)).size;
}

function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
