#!/usr/bin/env node
// `npm test`: the unit and corpus suite and the real-browser suite side by side, so that the two
// cores stay busy while either suite waits (on a browser, on a CLI run). Exits non-zero when either
// suite fails.
import { spawn, spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

const cli = spawnSync('npm', ['run', 'build:cli'], { stdio: 'inherit' });
if (cli.status !== 0) process.exit(cli.status ?? 1);

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** A child whose output is printed live, or held until `release` (then printed whole and followed). */
function start(cmd, args, { hold }) {
  const child = spawn(cmd, args, {
    stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...(hold ? color : {}) },
  });
  const held = [];
  let live = false;
  if (hold)
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ])
      from.on('data', (chunk) => (live ? to.write(chunk) : held.push([to, chunk])));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, at: seconds() })));
  return {
    child,
    done,
    release() {
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
      live = true;
    },
  };
}

// The unit suite needs only the CLI; the extension is built beside it, then its suite starts (the
// built packages' safety review is in that suite: vitest.e2e.config.ts). Their output is held until
// the unit suite ends, then printed in order and followed live.
const unit = start(npx, ['vitest', 'run'], { hold: false });
const steps = [];
let unitDone = false;
const e2e = (async () => {
  let r;
  for (const args of [
    ['wxt', 'build'],
    ['wxt', 'build', '-b', 'firefox'],
    ['vitest', 'run', '-c', 'vitest.e2e.config.ts'],
  ]) {
    const step = start(npx, args, { hold: !unitDone });
    steps.push(step);
    r = await step.done;
    if (r.code !== 0) break;
  }
  return r;
})();
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    for (const c of [unit, ...steps]) c.child.kill(sig);
    process.exit(130);
  });

const u = await unit.done;
unitDone = true;
console.log(
  `\nnpm test: unit and corpus tests ${u.code === 0 ? 'passed' : 'FAILED'} (${u.at}); the extension build and browser tests follow\n`,
);
for (const step of steps) step.release();
const b = await e2e;
console.log(
  `\nnpm test: unit and corpus tests ${u.code === 0 ? 'passed' : 'FAILED'} (${u.at}), extension build and browser tests ${b.code === 0 ? 'passed' : 'FAILED'} (${b.at})`,
);
process.exit(u.code || b.code);
