import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

/** The signed-in user as returned by the `login` mutation. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "MANAGER" | "REP";
}

/** A bearer token and the user it belongs to. */
export interface Session {
  token: string;
  user: SessionUser;
}

/** Why the login screen is shown, when it is not the first visit. */
export type SessionNotice = "sessionExpired" | "loggedOut";

/** localStorage key under which the session survives a page reload. */
export const sessionStorageKey = "beatplan.session";

/** The session state and the transitions the UI may trigger. */
export interface SessionState {
  session: Session | null;
  notice: SessionNotice | null;
  signIn(session: Session): void;
  signOut(): void;
  /** Drops the session because the API rejected its token. */
  expire(): void;
}

const SessionContext = createContext<SessionState | null>(null);

/**
 * Reads the `exp` claim (seconds since the epoch) when the token is a JWT.
 * Opaque tokens return null: only the API can tell whether they are valid.
 */
export function tokenExpiry(token: string): Date | null {
  const payload = token.split(".")[1];
  if (token.split(".").length !== 3 || !payload) return null;
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claims: unknown = JSON.parse(json);
    if (claims && typeof claims === "object" && "exp" in claims && typeof claims.exp === "number") {
      return new Date(claims.exp * 1000);
    }
  } catch {
    // Not a JWT after all: treat it as opaque.
  }
  return null;
}

function isSession(value: unknown): value is Session {
  if (!value || typeof value !== "object") return false;
  const candidate = value as Partial<Session>;
  return typeof candidate.token === "string" && typeof candidate.user?.id === "string";
}

function loadSession(storage: Storage | undefined, now: Date): { session: Session | null; notice: SessionNotice | null } {
  const raw = storage?.getItem(sessionStorageKey);
  if (!raw) return { session: null, notice: null };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isSession(parsed)) return { session: null, notice: null };
    const expiry = tokenExpiry(parsed.token);
    if (expiry && expiry <= now) {
      storage?.removeItem(sessionStorageKey);
      return { session: null, notice: "sessionExpired" };
    }
    return { session: parsed, notice: null };
  } catch {
    return { session: null, notice: null };
  }
}

function browserStorage(): Storage | undefined {
  return typeof localStorage === "undefined" ? undefined : localStorage;
}

/**
 * Holds the session. A JWT's expiry is honoured on the client too: a stored
 * token that has expired is dropped on start, and an open app returns to the
 * login screen when its token runs out.
 */
export function SessionProvider({ children, initialSession }: { children: ReactNode; initialSession?: Session | null }) {
  const [state, setState] = useState(() =>
    initialSession === undefined ? loadSession(browserStorage(), new Date()) : { session: initialSession, notice: null },
  );

  const signIn = useCallback((session: Session) => {
    browserStorage()?.setItem(sessionStorageKey, JSON.stringify(session));
    setState({ session, notice: null });
  }, []);

  const signOut = useCallback(() => {
    browserStorage()?.removeItem(sessionStorageKey);
    setState({ session: null, notice: "loggedOut" });
  }, []);

  const expire = useCallback(() => {
    browserStorage()?.removeItem(sessionStorageKey);
    // Several queries in flight can fail together; only the first one changes the state.
    setState((current) => (current.session ? { session: null, notice: "sessionExpired" } : current));
  }, []);

  const token = state.session?.token;
  useEffect(() => {
    const expiry = token ? tokenExpiry(token) : null;
    if (!expiry) return;
    // setTimeout overflows past ~24.8 days; such a token is simply checked again on reload.
    const delay = Math.min(Math.max(expiry.getTime() - Date.now(), 0), 2_147_483_647);
    const timer = setTimeout(expire, delay);
    return () => clearTimeout(timer);
  }, [token, expire]);

  const value = useMemo<SessionState>(
    () => ({ ...state, signIn, signOut, expire }),
    [state, signIn, signOut, expire],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session state; needs a `SessionProvider` above. */
export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside <SessionProvider>");
  return session;
}
