// The ids of the vault table's rows, shared by the data layer and the carried-database format.

export const RING_ID = 'ring';
export const SETTINGS_ID = 'settings';
export const SESSION_KEY_PREFIX = 'session:';
