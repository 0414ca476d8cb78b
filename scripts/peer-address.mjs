// Loaded into the `next start` / `next dev` process (NODE_OPTIONS=--import, see scripts/start.ts).
// Next.js gives server actions the request's headers but not its socket, and fills in
// X-Forwarded-For from the socket only when the client did not send one, so a client could name
// any address it likes. This stamps the socket's peer address on every request under a header of
// our own, overwriting whatever the client sent under that name; lib/data/client.ts reads it.
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, ...rest) {
  if (event === "request" && request?.headers) request.headers["x-rapport-peer"] = request.socket?.remoteAddress ?? "";
  return emit.call(this, event, request, ...rest);
};
