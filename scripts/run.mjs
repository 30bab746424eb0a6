/**
 * `node scripts/run.mjs <entry.ts> [args...]`: runs a TypeScript command (`pnpm generate` is
 * `node scripts/run.mjs generator/cli/generate.ts`) without transpiling its sources on every run.
 *
 * The entry and every module of this repository it imports are compiled once into one bundle with
 * esbuild and kept in node_modules/.cache/onebot-spec/run/, with the list of files it was built
 * from and a hash of each. A run hashes those files again (a few milliseconds) and imports the
 * bundle when none changed; any change to any of them builds it again (a tenth of a second).
 * Packages are not bundled: they load from node_modules as they would anyway.
 *
 * Each module's `import.meta.url` is its own source file's, as under tsx, so paths found from it
 * (the repository's root, a package's folder) are what they were; `process.argv[1]` is the entry,
 * so its `if (process.argv[1] === ...)` start works as it does when run directly.
 *
 * Plain JavaScript on purpose: this is what Node runs before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const cacheDir = resolve(root, 'node_modules/.cache/onebot-spec/run');

/** The hash of a file's content, or undefined when it cannot be read (then the bundle is built again). */
function hashOf(path) {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('base64url');
  } catch {
    return undefined;
  }
}

/** The bundle of `entry` when it was built from exactly the files as they are now. */
function freshBundle(bundle, manifestPath) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return undefined;
  }
  // The launcher itself decides how bundles are built: a new one invalidates them all.
  if (manifest.launcher !== hashOf(fileURLToPath(import.meta.url))) return undefined;
  for (const [path, hash] of Object.entries(manifest.inputs)) if (hashOf(resolve(root, path)) !== hash) return undefined;
  return bundle;
}

/** Builds the bundle of `entry` with esbuild, with each module's import.meta.url set to its own source file. */
async function build(entry, bundle, manifestPath) {
  const esbuild = await import('esbuild');
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      }));
    },
  };
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    outfile: bundle,
    logLevel: 'silent',
    plugins: [ownUrl],
  });
  // What the bundle depends on: every file it was built from, and what configures the build.
  const inputs = [...Object.keys(result.metafile.inputs).map((p) => resolve(root, p)), resolve(root, 'tsconfig.json'), resolve(root, 'package.json')];
  const manifest = {
    launcher: hashOf(fileURLToPath(import.meta.url)),
    inputs: Object.fromEntries(inputs.map((p) => [relative(root, p), hashOf(p)])),
  };
  // Written to temporary files and renamed, so a run in parallel never reads half a bundle.
  mkdirSync(dirname(bundle), { recursive: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, bundle);
  writeFileSync(`${manifestPath}.${process.pid}.tmp`, JSON.stringify(manifest));
  renameSync(`${manifestPath}.${process.pid}.tmp`, manifestPath);
  return bundle;
}

const [entryArg, ...rest] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/run.mjs <entry.ts> [arguments]');
  process.exit(3);
}
const entry = resolve(root, entryArg);
const name = relative(root, entry)
  .replace(/[\\/]/g, '+')
  .replace(/\.[cm]?ts$/, '');
const bundle = resolve(cacheDir, `${name}.mjs`);
const manifestPath = resolve(cacheDir, `${name}.json`);
let url;
try {
  url = pathToFileURL(freshBundle(bundle, manifestPath) ?? (await build(entry, bundle, manifestPath))).href;
} catch {
  // No bundle could be built or kept (a read-only checkout, say): run the sources through tsx instead.
  const { register } = await import('tsx/esm/api');
  register();
  url = pathToFileURL(entry).href;
}
process.argv = [process.argv[0], entry, ...rest];
await import(url);
