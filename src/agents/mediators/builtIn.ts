import { carefulMediator } from './careful';
import type { MediatorFactory } from './mediator';
import { oracleMediator, threeActionMediator } from './oracle';
import { REPEATABLE, randomMediator, repeatMediator } from './simple';

/** The built-in mediators, by the names `npm run simulate -- --strategy` takes. */
export const BUILT_IN = {
  random: randomMediator,
  ...Object.fromEntries(REPEATABLE.map((a) => [`repeat-${a}`, repeatMediator(a)])),
  'three-actions': threeActionMediator,
  careful: carefulMediator,
  oracle: oracleMediator,
} as Record<string, MediatorFactory>;

export const STRATEGY_NAMES = Object.keys(BUILT_IN);
export { REPEATABLE };
