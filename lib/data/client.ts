// Who is asking, before there is a viewer: the client address per-address throttles count by.
// Trust decision (README, "Security and failure"): X-Forwarded-For is believed only as far as
// RAPPORT_TRUSTED_PROXIES says (the number of reverse proxies in front of the app that append to
// it); otherwise the socket's peer, which scripts/peer-address.mjs puts in `x-rapport-peer`.
import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "../domain/client-address";

function trustedProxies(): number {
  const value = Number(process.env.RAPPORT_TRUSTED_PROXIES ?? "0");
  return Number.isInteger(value) && value > 0 ? value : 0;
}

export async function requestClientAddress(): Promise<string> {
  const h = await headers();
  const peer = h.get("x-rapport-peer") || null;
  const forwardedFor = h.get("x-forwarded-for");
  const address = clientAddress({ forwardedFor, peer, trustedProxies: trustedProxies() });
  if (address) return address;
  // Served without scripts/start.ts (plain `next start`): Next.js puts the socket's address in
  // X-Forwarded-For when the client sent none. Its last entry is the best left, though a client
  // can forge it there; the per-email limit still holds.
  const last = forwardedFor?.split(",").pop()?.trim();
  return last ? clientAddress({ forwardedFor: null, peer: last, trustedProxies: 0 })! : "unknown";
}
