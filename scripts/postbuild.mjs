// Trunk post_build hook: writes the service worker (Workbox) into the staging
// directory, precaching every file of this build with its revision.
import { generateSW } from 'workbox-build';
import { workboxConfig } from './workbox-config.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: TRUNK_STAGING_DIR=dir node scripts/postbuild.mjs (or pass the dir)');
  process.exit(2);
}
const { count, size, warnings } = await generateSW(workboxConfig(dir));
for (const w of warnings) console.warn(`workbox: ${w}`);
console.log(`service worker: precaching ${count} files, ${(size / 1024).toFixed(1)} KiB`);
