/** A Storage in memory for tests; `full` makes every write throw as a full browser storage does. */
export function memoryStorage() {
  const data = new Map<string, string>();
  const store = {
    full: false,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (store.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    data,
  };
  return store;
}
