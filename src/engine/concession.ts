/**
 * Time-dependent concession (Faratin, Sierra & Jennings 1998), with k = 0:
 *   target(t) = walkAway + (best − walkAway) · (1 − t^(1/e)),  t ∈ [0, 1] the share of the run-up gone.
 * e < 1 holds out and concedes late (Boulware), e = 1 concedes linearly, e > 1 concedes early (Conceder).
 * On the conference day (t = 1) every party asks for its walk-away value and no more.
 */
export function aspiration(t: number, best: number, walkAway: number, exponent: number): number {
  const time = Math.min(1, Math.max(0, t));
  const top = Math.max(best, walkAway);
  return walkAway + (top - walkAway) * (1 - time ** (1 / exponent));
}
