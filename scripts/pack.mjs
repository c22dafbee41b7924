// Zips each built extension for its store: dist/clean-reader-<browser>-<version>.zip.
// web-ext's build command only zips a folder (it needs no network), so it serves both browsers.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

for (const browser of ['chrome', 'firefox']) {
  const sourceDir = join(dist, browser);
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    console.error(`pack: ${sourceDir} has no manifest.json; run vite build --mode ${browser} first`);
    process.exit(1);
  }
  const { extensionPath } = await webExt.cmd.build(
    {
      sourceDir,
      artifactsDir: dist,
      filename: `clean-reader-${browser}-{version}.zip`,
      overwriteDest: true,
    },
    { showReadyMessage: false, shouldExitProgram: false },
  );
  console.log(`pack: ${extensionPath}`);
}
