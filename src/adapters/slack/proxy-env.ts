type Env = Readonly<Record<string, string | undefined>>;

/** One proxy variable, lower-case name first (the older convention), trimmed; '' when unset. */
export function proxyVariable(env: Env, name: 'HTTPS_PROXY' | 'HTTP_PROXY' | 'NO_PROXY'): string {
  return (env[name.toLowerCase()] ?? env[name] ?? '').trim();
}

/** Whether either proxy variable is set at all. */
export function anyProxy(env: Env): boolean {
  return proxyVariable(env, 'HTTPS_PROXY') !== '' || proxyVariable(env, 'HTTP_PROXY') !== '';
}

/**
 * Whether the standard proxy variables send a request for `url` through a proxy: HTTPS_PROXY (or
 * HTTP_PROXY, for https as well) and HTTP_PROXY for plain http, unless NO_PROXY names its host.
 * NO_PROXY is a list split by commas or spaces: `*` for every host; `example.com` or
 * `.example.com` for that domain and every host under it; an entry may end with `:port`.
 */
export function proxiedBy(env: Env, url: URL): boolean {
  const variable = (name: 'HTTPS_PROXY' | 'HTTP_PROXY' | 'NO_PROXY'): string => proxyVariable(env, name);
  const proxy = url.protocol === 'https:' ? variable('HTTPS_PROXY') || variable('HTTP_PROXY') : variable('HTTP_PROXY');
  if (proxy === '') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const entry of variable('NO_PROXY').toLowerCase().split(/[\s,]+/)) {
    if (entry === '') continue;
    if (entry === '*') return false;
    // `[::1]:8080`, `example.com:8080`, or a bare name or address (`::1` has colons of its own).
    const parts = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+)(?::(\d+))?$/.exec(entry);
    const name = (parts?.[1] ?? entry).replace(/^\*?\./, '');
    const entryPort = parts?.[2];
    if (entryPort !== undefined && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return false;
  }
  return true;
}
