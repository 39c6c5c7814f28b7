import nock from 'nock';
import { afterEach } from 'vitest';
import { SHIPPED_ARTICLE } from './helpers/shipped-article.js';

// Tests reach nothing but this machine: the platforms are faked on loopback or by nock.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);

// A bot a test starts as a process (with this environment) reads the shipped article alone, whatever else content/ holds.
process.env.CONTENT_DIR = SHIPPED_ARTICLE;

afterEach(() => {
  nock.cleanAll();
});
