/**
 * Values cross the store boundary as JSON text, so callers never share object references with a
 * store and every store behaves like the memory one.
 */
export function toJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('a stored value must be JSON (got undefined or a function)');
  return json;
}

/**
 * Text that is not JSON (a damaged row, a key someone edited by hand) comes back as the raw string
 * rather than an exception: no session schema accepts a bare string, so the core discards it with
 * its "could not be read" message, and the revision that came with it lets the core overwrite it.
 */
export function fromJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
