import nock from 'nock';
import { afterEach } from 'vitest';

// Tests reach nothing but this machine: the platforms are faked on loopback or by nock.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);

afterEach(() => {
  nock.cleanAll();
});
