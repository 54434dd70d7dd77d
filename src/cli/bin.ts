#!/usr/bin/env node
/**
 * The `toancanh` executable: turns on Node's on-disk cache of compiled modules (Node 22.1 and later;
 * a no-op on Node 20, which has none) before loading the command line, so that a short command such
 * as `search` does not compile its modules' source again on every run. Must load nothing else first:
 * modules imported before the call are compiled without the cache.
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./main.js');
