// A worker thread has no TypeScript loader of its own: register tsx's, then run the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./censusWorker.ts');
