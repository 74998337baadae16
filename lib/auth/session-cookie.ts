// The session cookie's name, in a module of its own with no imports: proxy.ts checks for it on every
// request and must not load the session store (and the database client) to do so.
export const SESSION_COOKIE = "claimdesk_session";
