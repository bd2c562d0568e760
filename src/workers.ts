// Starts a worker thread on a TypeScript module. A worker does not inherit the main thread's
// TypeScript loader (Node 20), so it registers tsx before importing the module.
import { Worker } from 'node:worker_threads';

export function startWorker(module: URL): Worker {
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}
