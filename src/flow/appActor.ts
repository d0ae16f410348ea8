import type { Actor, SnapshotFrom } from 'xstate';
import type { rootMachine } from './rootMachine';

export type AppActor = Actor<typeof rootMachine>;
export type AppSnapshot = SnapshotFrom<typeof rootMachine>;
