// Small process helpers shared by scripts/test.mjs, scripts/start.mjs and scripts/check-packages.mjs.
// Plain Node (no dependencies): these scripts run before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Environment for every child: never prompt, never phone home. */
export const childEnv = {
  ...process.env,
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  SCARF_ANALYTICS: 'false',
};

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
export const bold = paint('1');
export const red = paint('31');
export const green = paint('32');
export const dim = paint('2');

/** Runs a command with inherited output. @returns its exit code (1 if it could not start). */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: childEnv, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(red(`Could not start ${command}: ${error.message}`));
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command quietly. @returns its status and output. */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env: childEnv, encoding: 'utf8', ...options });
  return {
    status: result.error ? 1 : (result.status ?? 1),
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
  };
}

/**
 * The pnpm to use: the pinned version through corepack (bundled with Node 20), or a global pnpm 10
 * when corepack is unavailable. Exits with instructions when neither works.
 * @returns the command and the arguments that precede pnpm's own.
 */
export function resolvePnpm() {
  const viaCorepack = capture('corepack', ['pnpm', '--version']);
  if (viaCorepack.status === 0) return { command: 'corepack', prefix: ['pnpm'] };
  const global = capture('pnpm', ['--version']);
  if (global.status === 0 && global.stdout.startsWith('10.')) return { command: 'pnpm', prefix: [] };
  console.error(
    red('Could not run pnpm 10.') +
      '\nNode 20 ships corepack, which fetches the pnpm pinned in package.json; it failed with:\n' +
      viaCorepack.stderr.trim() +
      '\nInstall pnpm yourself (`npm install -g pnpm@10`) and run the command again.',
  );
  process.exit(1);
}

/** Installs the workspace exactly as locked. */
export async function installDependencies(pnpm) {
  console.log(bold('\n▶ Installing dependencies (pnpm install --frozen-lockfile)'));
  const code = await run(pnpm.command, [...pnpm.prefix, 'install', '--frozen-lockfile']);
  if (code !== 0) {
    console.error(red('pnpm install failed; nothing else can run.'));
    process.exit(code);
  }
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Makes sure Debian's Chromium is there for browser and story tests: installs it with apt-get when
 * running as root, otherwise says exactly what to install. (Playwright's own browser download cannot
 * work on these machines.)
 */
export async function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = capture('sh', ['-c', 'command -v apt-get']).status === 0;
  if (isRoot && hasApt) {
    console.log(bold(`\n▶ Chromium is missing at ${chromiumPath}: installing Debian's chromium package`));
    const env = { ...childEnv, DEBIAN_FRONTEND: 'noninteractive' };
    const updated = await run('apt-get', ['update', '-qq'], { env });
    const installed = updated === 0 ? await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) : 1;
    if (installed === 0 && existsSync(chromiumPath)) return;
  }
  console.error(
    red(`Chromium is needed for the browser and Storybook tests and was not found at ${chromiumPath}.`) +
      '\nInstall it with:  sudo apt-get update && sudo apt-get install -y chromium' +
      '\nor point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}
