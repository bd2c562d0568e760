// Starts a worker thread on one of the tool's entry points. From the sources, a worker does not
// inherit the main thread's TypeScript loader (Node 20), so it registers tsx before importing
// its module; a bundled entry point is plain JavaScript and starts as it is.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type EntryPoint, entryPoint } from './paths.ts';

export function startWorker(name: EntryPoint): Worker {
  const { file, typescript } = entryPoint(name);
  if (!typescript) return new Worker(file);
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(pathToFileURL(file).href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}
