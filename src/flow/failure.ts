/** A failure the player must see: what went wrong, and what to do about it. */
export interface Failure {
  readonly what: string;
  readonly detail: string;
  readonly fix: string;
}
