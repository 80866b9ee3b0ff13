// The wasm build's linker wrapper (scripts/lib/wasm-link.sh), with a `wasm-ld` made
// here that records its arguments: every argument reaches it but the exports of
// wasm-streams' classes. The real build's result is checked in
// postbuild/test/build-output.test.mjs (no stream code in the built wasm and glue).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = new URL('../lib/wasm-link.sh', import.meta.url).pathname;

/** The arguments the wrapper passes on to wasm-ld, given `args`. */
function linked(args) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-levis-link-'));
  const ld = join(dir, 'wasm-ld');
  writeFileSync(ld, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > "${dir}/args"\n`);
  chmodSync(ld, 0o755);
  execFileSync(SCRIPT, args, { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
  return readFileSync(join(dir, 'args'), 'utf8').split('\n').slice(0, -1);
}

test('the exports of the stream classes are left out, and nothing else', () => {
  const kept = ['-flavor', 'wasm', '--export', 'main', '--export', '__wbindgen_malloc',
    '--export', '__wbindgen_describe___wbg_new_with_into_underlying_sink_2b75b7aedb25583d',
    'file with spaces.o', '--gc-sections', '-o', 'out.wasm'];
  const dropped = ['--export', 'intounderlyingsink_write_58a9338f50bce61c',
    '--export', '__wbg_intounderlyingsource_free_58a9338f50bce61c',
    '--export', '__wbindgen_describe_intounderlyingbytesource_pull_58a9338f50bce61c'];
  assert.deepEqual(linked([...kept.slice(0, 4), ...dropped, ...kept.slice(4)]), kept);
});

test('a last lone --export is passed on as it is', () => {
  assert.deepEqual(linked(['a.o', '--export']), ['a.o', '--export']);
});
