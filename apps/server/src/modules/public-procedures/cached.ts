/**
 * A value loaded at most once every `ttlMs`: callers within that time share it, and callers that come while
 * it loads share that load. A failed load is not kept. For what every page shows and changes rarely (the
 * filters' choices), so that a busy page does not run the same aggregate on every request.
 */
export function cachedFor<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let current: { value: Promise<T>; until: number } | undefined;
  return () => {
    const now = Date.now();
    if (current && current.until > now) return current.value;
    const value = load();
    const entry = { value, until: now + ttlMs };
    current = entry;
    value.catch(() => {
      if (current === entry) current = undefined;
    });
    return value;
  };
}

/**
 * Values by key, each loaded at most once every `ttlMs` and shared by the callers of that time, at most
 * `maxEntries` kept (the oldest go first). For answers many visitors ask for in the same words (a popular
 * search); a failed load is not kept.
 */
export function cachedByKeyFor<T>(
  ttlMs: number,
  maxEntries: number,
  load: (key: string) => Promise<T>,
): (key: string) => Promise<T> {
  const entries = new Map<string, { value: Promise<T>; until: number }>();
  return (key) => {
    const now = Date.now();
    const found = entries.get(key);
    if (found && found.until > now) return found.value;
    if (found) entries.delete(key);
    while (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    const value = load(key);
    const entry = { value, until: now + ttlMs };
    entries.set(key, entry);
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return value;
  };
}
