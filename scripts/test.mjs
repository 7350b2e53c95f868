#!/usr/bin/env node
// `npm test`: the unit and corpus suite and the real-browser suite side by side, after one build.
// The browser suite mostly waits on browsers (about half a core), so running it beside the CPU-bound
// unit suite takes minutes off the whole. The unit suite prints as it goes; the browser suite's
// output is held until the unit suite ends, then printed whole and followed live. Exits non-zero
// when either suite fails.
import { spawn, spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

for (const args of [
  ['npm', ['run', 'build:cli']],
  [npx, ['wxt', 'build']],
  [npx, ['wxt', 'build', '-b', 'firefox']],
]) {
  const r = spawnSync(args[0], args[1], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

function run(args, { hold }) {
  const child = spawn(npx, ['vitest', 'run', ...args], {
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

const unit = run([], { hold: false });
const e2e = run(['-c', 'vitest.e2e.config.ts'], { hold: true });
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    for (const c of [unit.child, e2e.child]) c.kill(sig);
    process.exit(130);
  });

const u = await unit.done;
console.log(`\nnpm test: unit and corpus tests ${u.code === 0 ? 'passed' : 'FAILED'} (${u.at}); the browser tests follow\n`);
e2e.release();
const b = await e2e.done;
console.log(
  `\nnpm test: unit and corpus tests ${u.code === 0 ? 'passed' : 'FAILED'} (${u.at}), browser tests ${b.code === 0 ? 'passed' : 'FAILED'} (${b.at})`,
);
process.exit(u.code || b.code);
