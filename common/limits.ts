/** Limits shared by schemas, services and forms. */
export const LIMITS = {
  passwordMin: 12,
  passwordMax: 200,
  emailMax: 254,
  nameMax: 200,
  organizationNameMax: 300,
  searchQueryMax: 100,
  pageSizeDefault: 50,
  pageSizeMax: 200,
  bodyBytesMax: 1_048_576,
  sessionHours: 12,
  invitationDays: 7,
  passwordResetMinutes: 60,
  setupTokenHours: 24,
  loginAttemptsPerWindow: 10,
  loginWindowMinutes: 15,
} as const;

/** Limits of directory entries. */
export const DIRECTORY_LIMITS = {
  textMax: 500,
  longTextMax: 4000,
  listMax: 10,
  importRowsMax: 2000,
  importBytesMax: 2_000_000,
  historyMax: 200,
} as const;
