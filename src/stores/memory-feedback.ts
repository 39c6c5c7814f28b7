import Database from 'better-sqlite3';
import { SqliteFeedbackLog, type FeedbackLogOptions } from './sqlite-feedback.js';

/**
 * For the terminal and tests: the SQLite log over an in-memory database, so counting, vote
 * de-duplication and retention are the very code a persistent bot runs. Gone when the process ends.
 */
export class MemoryFeedbackLog extends SqliteFeedbackLog {
  private readonly memory: Database.Database;

  constructor(options: FeedbackLogOptions = {}) {
    const db = new Database(':memory:');
    super(db, options);
    this.memory = db;
  }

  override async close(): Promise<void> {
    if (this.memory.open) this.memory.close();
  }
}
