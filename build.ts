/**
 * Builds the single `mockhaus` executable (architecture.md, "Single binary").
 *
 *   bun build.ts                         → dist/mockhaus for this machine
 *   bun build.ts --target linux-arm64    → dist/mockhaus-linux-arm64 (also darwin-arm64, darwin-x64, windows-x64)
 *   bun build.ts --entry FILE --outfile F → any other entry point (used by tests)
 *
 * DuckDB's native files cannot run from inside the executable, so a plugin replaces
 * `@duckdb/node-bindings`' platform switch with a module that embeds the target's `duckdb.node` and
 * shared library as files, writes them once into `~/.cache/mockhaus/<version>/` (or
 * `$MOCKHAUS_CACHE_DIR/<version>/`) with an atomic rename, and loads the extracted addon, whose
 * RUNPATH is `$ORIGIN`. Other targets' bindings come from the npm registry (`npm pack`).
 */
import type { BunPlugin } from 'bun';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pkg from './package.json' with { type: 'json' };

const TARGETS = {
  'linux-x64': { bun: 'bun-linux-x64', npm: 'linux-x64', lib: 'libduckdb.so', exe: '' },
  'linux-arm64': { bun: 'bun-linux-arm64', npm: 'linux-arm64', lib: 'libduckdb.so', exe: '' },
  'darwin-arm64': { bun: 'bun-darwin-arm64', npm: 'darwin-arm64', lib: 'libduckdb.dylib', exe: '' },
  'darwin-x64': { bun: 'bun-darwin-x64', npm: 'darwin-x64', lib: 'libduckdb.dylib', exe: '' },
  'windows-x64': { bun: 'bun-windows-x64', npm: 'win32-x64', lib: 'duckdb.dll', exe: '.exe' },
} as const;
type TargetName = keyof typeof TARGETS;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

function hostTarget(): TargetName {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return `${platform}-${process.arch}` as TargetName;
}

const bindingsVersion: string = (await Bun.file('node_modules/@duckdb/node-bindings/package.json').json()).version;

/** The folder holding the target's `duckdb.node` and shared library, fetched from npm if needed. */
async function bindingsDir(target: TargetName): Promise<string> {
  const name = `@duckdb/node-bindings-${TARGETS[target].npm}`;
  const local = resolve('node_modules', name);
  if (existsSync(join(local, 'duckdb.node'))) return local;
  const work = mkdtempSync(join(tmpdir(), 'mockhaus-bindings-'));
  console.log(`fetching ${name}@${bindingsVersion} from the npm registry`);
  const packed = Bun.spawnSync(['npm', 'pack', `${name}@${bindingsVersion}`, '--pack-destination', work, '--silent'], {
    stderr: 'inherit',
  });
  if (packed.exitCode !== 0) throw new Error(`npm pack ${name} failed`);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${name} produced no tarball`);
  const untar = Bun.spawnSync(['tar', '-xzf', join(work, tarball), '-C', work], { stderr: 'inherit' });
  if (untar.exitCode !== 0) throw new Error(`could not unpack ${tarball}`);
  return join(work, 'package');
}

/** Replaces `@duckdb/node-bindings` with a loader of embedded native files. */
function embeddedDuckDb(dir: string, target: TargetName): BunPlugin {
  const { lib } = TARGETS[target];
  const cacheKey = `${pkg.version}-duckdb-${bindingsVersion}-${target}`;
  const contents = `
import addonFile from ${JSON.stringify(join(dir, 'duckdb.node'))} with { type: 'file' };
import libFile from ${JSON.stringify(join(dir, lib))} with { type: 'file' };
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = process.env.MOCKHAUS_CACHE_DIR || join(homedir(), '.cache', 'mockhaus');
const dir = join(root, ${JSON.stringify(cacheKey)});

// Write each file once; a temp name plus rename keeps parallel first runs safe.
function place(source, name) {
  const target = join(dir, name);
  const size = statSync(source).size;
  if (existsSync(target) && statSync(target).size === size) return target;
  mkdirSync(dir, { recursive: true });
  const temp = target + '.' + process.pid + '.' + Math.random().toString(36).slice(2) + '.tmp';
  try {
    writeFileSync(temp, readFileSync(source), { mode: 0o755 });
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return target;
}

place(libFile, ${JSON.stringify(lib)});
const binding = createRequire(import.meta.url)(place(addonFile, 'duckdb.node'));
export default binding;
`;
  return {
    name: 'mockhaus-embedded-duckdb',
    setup(build) {
      build.onResolve({ filter: /^@duckdb\/node-bindings$/ }, () => ({ path: 'duckdb-bindings', namespace: 'mockhaus-native' }));
      build.onLoad({ filter: /.*/, namespace: 'mockhaus-native' }, () => ({ contents, loader: 'js' }));
    },
  };
}

async function buildOne(target: TargetName, entry: string, outfile: string): Promise<void> {
  const dir = await bindingsDir(target);
  const result = await Bun.build({
    entrypoints: [entry],
    compile: { target: TARGETS[target].bun, outfile, autoloadBunfig: false, autoloadDotenv: false },
    plugins: [embeddedDuckDb(dir, target)],
    minify: true,
    sourcemap: 'none',
    define: { 'process.env.MOCKHAUS_COMPILED': '"1"' },
  });
  if (!result.success) {
    for (const log of result.logs) console.error(log);
    throw new Error(`build for ${target} failed`);
  }
  const size = statSync(outfile).size;
  console.log(`${outfile}  ${(size / 1024 / 1024).toFixed(1)} MB  (${target})`);
}

const requested = arg('target');
const targets: TargetName[] =
  requested === 'all' ? (Object.keys(TARGETS) as TargetName[]) : [((requested as TargetName | undefined) ?? hostTarget())];
for (const t of targets) {
  if (!(t in TARGETS)) {
    console.error(`unknown target '${t}'; use one of ${Object.keys(TARGETS).join(', ')} or all`);
    process.exit(2);
  }
}
mkdirSync('dist', { recursive: true });
const entry = arg('entry') ?? 'src/cli/main.ts';
for (const t of targets) {
  const out = arg('outfile') ?? (requested ? `dist/mockhaus-${t}${TARGETS[t].exe}` : `dist/mockhaus${TARGETS[t].exe}`);
  await buildOne(t, entry, out);
}
