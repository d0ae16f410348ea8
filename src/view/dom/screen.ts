import type { AppSnapshot } from '../../flow/appActor';
import type { RootEvent } from '../../flow/rootMachine';

export type Send = (event: RootEvent) => void;

/** A DOM screen: built once when its state is entered, updated on every later snapshot. */
export interface Screen {
  readonly el: HTMLElement;
  update?(snapshot: AppSnapshot): void;
  /** Where keyboard focus goes when the screen appears. */
  readonly initialFocus?: HTMLElement;
  /** Esc on this screen sends this event (backing out). */
  readonly escape?: RootEvent;
}
