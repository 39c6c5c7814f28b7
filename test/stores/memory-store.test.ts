import { MemoryStore } from '../../src/core/sessions/memory-store.js';
import { MemoryFeedbackLog } from '../../src/stores/memory-feedback.js';
import { feedbackLogContract } from './feedback-log-contract.js';
import { sessionStoreContract } from './session-store-contract.js';

sessionStoreContract('memory', { shared: false, corruptible: false }, async () => {
  let now = 1_000_000;
  const store = new MemoryStore(() => now);
  return {
    open: async () => store,
    advance: async (ms) => {
      now += ms;
    },
    cleanup: async () => {},
  };
});

feedbackLogContract('memory', async () => {
  let log: MemoryFeedbackLog | undefined;
  return { open: async (options) => (log ??= new MemoryFeedbackLog(options)), cleanup: async () => {} };
});
