#!/usr/bin/env node
// `npm start`: installs, builds what the demo needs and runs it, printing the URLs: the demo portal
// (examples/demo-portal) on the sandbox of the portal API, and the Storybook.
// Ctrl-C (or SIGTERM) stops every process this script started.
import { spawn } from 'node:child_process';
import { bold, childEnv, green, installDependencies, red, resolvePnpm, root, run } from './lib/run.mjs';

const pnpm = resolvePnpm();
await installDependencies(pnpm);

console.log(bold('\n▶ Building the packages'));
if ((await run(pnpm.command, [...pnpm.prefix, '-r', '--filter', './packages/*', 'run', 'build'])) !== 0) {
  console.error(red('The build failed; see above.'));
  process.exit(1);
}

const host = process.env.HOST ?? '127.0.0.1';
const services = [
  {
    name: 'Sandbox of the portal API (offline, fake citizens)',
    port: Number(process.env.SANDBOX_PORT ?? 4010),
    path: 'v1/procedures',
    command: () => [process.execPath, []],
    args: (port) => [
      'packages/sandbox/dist/cli.js',
      '--host',
      host,
      '--port',
      String(port),
      '--data-dir',
      '.dvc-sandbox',
    ],
  },
  {
    name: 'Demo portal (search, sign in, file and pay a dossier)',
    port: Number(process.env.DEMO_PORT ?? 5173),
    command: () => [pnpm.command, pnpm.prefix],
    args: (port) => [
      '--filter',
      '@dvc-kit/example-demo-portal',
      'exec',
      'vite',
      '--host',
      host,
      '--port',
      String(port),
      '--strictPort',
    ],
    env: (ports) => ({ SANDBOX_URL: `http://${host}:${ports.sandbox}` }),
  },
  {
    name: 'Storybook (components, docs, accessibility checks)',
    port: Number(process.env.STORYBOOK_PORT ?? 6006),
    command: () => [pnpm.command, pnpm.prefix],
    args: (port) => ['exec', 'storybook', 'dev', '--ci', '--no-open', '--host', host, '-p', String(port)],
  },
];

const children = [];
let stopping = false;

function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the child's whole process group
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitForUrl(url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

const urls = [];
for (const service of services) {
  console.log(bold(`\n▶ Starting ${service.name}`));
  const [command, prefix] = service.command();
  const child = spawn(command, [...prefix, ...service.args(service.port)], {
    cwd: root,
    env: { ...childEnv, ...service.env?.({ sandbox: services[0].port }) },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  children.push(child);
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(red(`${service.name} stopped (exit ${code}); stopping the rest.`));
      stopAll(code || 1);
    }
  });
  const url = `http://${host}:${service.port}/${service.path ?? ''}`;
  if (!(await waitForUrl(url, child))) {
    console.error(red(`${service.name} did not answer at ${url}.`));
    stopAll(1);
    break;
  }
  urls.push([service.name, url]);
}

if (!stopping) {
  console.log(bold(green('\ndvc-kit is running:')));
  for (const [name, url] of urls) console.log(`  ${name.padEnd(52)} ${url}`);
  console.log('\nPress Ctrl-C to stop.');
}
