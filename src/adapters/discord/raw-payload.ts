/** Raw gateway payloads are plain JSON: a field is read only after checking it is an object. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
