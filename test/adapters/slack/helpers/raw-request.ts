import { request, type ClientRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawPost {
  req: ClientRequest;
  /** Resolves with the response, or with status 0 when the server closed the connection without one. */
  response: Promise<RawResponse>;
}

/**
 * A POST written by hand, for what fetch cannot do: declare a length and send nothing (or only part
 * of the body), or trickle a body, so a test sees what the server does before the body arrives.
 */
export function rawPost(url: string, headers: OutgoingHttpHeaders, body?: Buffer | string): RawPost {
  const req = request(url, { method: 'POST', headers, agent: false });
  const response = new Promise<RawResponse>((resolve, reject) => {
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.once('error', reject);
    });
    // A reset or a close before any response: what a client sees when the server drops it.
    req.once('error', () => resolve({ status: 0, headers: {}, body: '' }));
    req.once('close', () => resolve({ status: 0, headers: {}, body: '' }));
  });
  if (body !== undefined) req.write(body);
  else req.flushHeaders();
  return { req, response };
}

/** Headers shaped like Slack's, with a signature nobody checked: enough to pass a header-only check. */
export function plausibleHeaders(extra: OutgoingHttpHeaders = {}): OutgoingHttpHeaders {
  return {
    'content-type': 'application/json',
    'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
    'x-slack-signature': `v0=${'ab'.repeat(32)}`,
    ...extra,
  };
}
