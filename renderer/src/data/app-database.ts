import { CommonGroundDatabase } from './database.ts';
import { createSessionRepository } from './session-repository.ts';

// The one database and repository the running app uses. Tests build their own.
export const appDatabase = new CommonGroundDatabase();
export const sessions = createSessionRepository(appDatabase);
