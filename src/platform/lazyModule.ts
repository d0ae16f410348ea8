/**
 * A module fetched on first use. Work asked of it before it arrives runs once it has, in the order asked; after
 * that, at once. A failed fetch is tried again on the next use.
 */
export interface LazyModule<T> {
  with(use: (module: T) => void): void;
  load(): Promise<T>;
  /** The module if it has arrived, else null. */
  loaded(): T | null;
}

export function lazyModule<T>(fetch: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  const load = () => {
    loading ??= fetch().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return {
    with(use) {
      if (loaded) use(loaded);
      else void load().then(use);
    },
    load,
    loaded: () => loaded,
  };
}
