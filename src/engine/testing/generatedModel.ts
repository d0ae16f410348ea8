import { type Model, normaliseWeights, type PartyModel } from '../model';
import { nextFloat, type RngState, seedStreams } from '../rng';

/** A random model for tests and benchmarks: `issues` issues of `options` options, `parties` parties. */
export function generatedModel(
  issues: number,
  options: number,
  parties: number,
  seed = 7,
  walkAway = 50,
): Model {
  let rng: RngState = seedStreams(seed, 1)[0]!;
  const draw = () => {
    const [value, next] = nextFloat(rng);
    rng = next;
    return value;
  };
  const partyModels = Array.from({ length: parties }, (_, index): PartyModel => {
    const points = Array.from({ length: issues }, () =>
      Array.from({ length: options }, () => Math.round(draw() * 100)),
    );
    const weights = normaliseWeights(Array.from({ length: issues }, () => 1 + draw() * 9));
    return {
      id: `party-${index}`,
      index,
      weights,
      cares: weights.map(() => true),
      weightRanges: weights.map((w): [number, number] => [w, w]),
      walkAwayRange: [walkAway, walkAway],
      points,
      maxPoints: points.map((row) => Math.max(...row)),
      redLine: points.map((row) => row.map(() => false)),
      walkAway,
      exponent: 1,
      trustMediator: 50,
      trustParties: Array.from({ length: parties }, (_, j) => (j === index ? 100 : 50)),
    };
  });
  return {
    issueIds: Array.from({ length: issues }, (_, i) => `issue-${i}`),
    optionIds: Array.from({ length: issues }, () => Array.from({ length: options }, (_, o) => `option-${o}`)),
    parties: partyModels,
    statusQuo: Array.from({ length: issues }, () => 0),
  };
}
