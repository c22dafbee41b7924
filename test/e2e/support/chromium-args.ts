// The flags every Chromium these tests launch shares: the built extension loaded alone, and a browser that
// reaches nothing but the fixture server on 127.0.0.1.
import { DIST } from './build';
import { BUILT_IN_HOST } from './served-hosts';

export const CHROMIUM_EXTENSION_ARGS: readonly string[] = [
  `--load-extension=${DIST.chrome}`,
  `--disable-extensions-except=${DIST.chrome}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The fixtures name real outlets' images and scripts: no host but the fixture server (and the built-in host
  // it also serves) resolves. The first rule a host matches applies.
  `--host-resolver-rules=MAP ${BUILT_IN_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
];
