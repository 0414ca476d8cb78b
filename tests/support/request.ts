// The request headers next/headers' headers() returns in integration tests (mocked in the setup
// file, since there is no Next.js request). By default the socket's peer as scripts/peer-address.mjs
// stamps it; a test may replace them, and the setup file restores the default after each test.
export const DEFAULT_PEER = "203.0.113.10";

export const requestHolder: { headers: Headers } = { headers: new Headers({ "x-rapport-peer": DEFAULT_PEER }) };

export function setRequestHeaders(headers: Record<string, string>): void {
  requestHolder.headers = new Headers(headers);
}
