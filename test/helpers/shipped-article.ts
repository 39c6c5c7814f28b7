import { fileURLToPath } from 'node:url';

/**
 * The shipped article's folder. The tests load it, not the whole of content/: they count articles and expect its
 * answers. So an article added under content/ leaves them green; a checklist added to this article does too, since
 * tests start the shipped checklist by its id (./decide.ts) and build any list of checklists from what is loaded; test/content/whole-content.test.ts and `archbot check` (run by `npm test`) read everything there.
 * test/setup.ts points CONTENT_DIR here for every bot a test starts through the environment.
 */
export const SHIPPED_ARTICLE = fileURLToPath(new URL('../../content/docker-vs-kubernetes', import.meta.url));
