import { createCheckInRepository } from './check-in-repository.ts';
import { CommonGroundDatabase } from './database.ts';
import { createRecordRepository } from './record-repository.ts';
import { createSessionRepository, systemClock } from './session-repository.ts';

// The one database and repositories the running app uses. Tests build their own.
export const appDatabase = new CommonGroundDatabase();
export const sessions = createSessionRepository(appDatabase);
export const checkIns = createCheckInRepository(appDatabase, systemClock);
export const records = createRecordRepository(appDatabase, systemClock);
export { reflectionId } from './record-repository.ts';
