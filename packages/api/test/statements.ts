/**
 * Whether a SQL statement is the read of a sign-in session with its viewer (auth/sessions.ts),
 * which a request makes only when the process's session cache does not hold the session:
 * statement counts per page leave it out.
 */
export function isSessionRead(sql: string): boolean {
  return /\bfrom user_session s join app_user u\b/.test(sql);
}
