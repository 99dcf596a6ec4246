// The production server (`npm start` runs it after building and preparing the
// database): Next.js's request handler behind a cache of rendered pages
// (src/server/read-model/page-cache.ts). On a PostgreSQL server, a signed-in person
// reopening the overview while nothing it shows has changed gets the bytes rendered
// for them the last time (header x-ktt-page-cache: hit); everything else goes to Next
// untouched. On the embedded database the cache is off (the database belongs to the
// Next app's process-wide client), and KTT_PAGE_CACHE=off turns it off anywhere.
//   HOST, PORT: where to listen (127.0.0.1:3000)
//   KTT_PAGE_CACHE_MB: the cache's size (64)
//   TRUST_PROXY: how many reverse proxies of ours stand in front (0: none, the default);
//     only then is X-Forwarded-For read for the client's address
import http from "node:http";
import { env } from "@/config/env";
import next from "next";
import { getToken } from "next-auth/jwt";
import pg from "pg";
import { parse as parseCookie } from "cookie";
import {
  PageCache,
  isCacheablePageRequest,
  isStorableResponse,
  pageCacheKey,
  wantsFreshPage,
  type CachedPage,
} from "@/server/read-model/page-cache";
import { readPageState } from "@/server/read-model/page-state";
import { getAuthSecret, secureCookiesEnabled } from "@/server/auth/secret";
import { issueClientIpKey, resolveClientIp, stampClientIp, trustedProxyCount } from "@/server/http/client-ip";

// Every setting through the one validated module (src/config/env.ts): a bad value stops here.
const settings = env();
const hostname = settings.HOST;
const port = settings.PORT;
const databaseUrl = settings.DATABASE_URL ?? "";
const trustedProxies = trustedProxyCount();
const cacheOn = /^postgres(ql)?:\/\//.test(databaseUrl) && settings.KTT_PAGE_CACHE;
// The key that makes the app believe the address set below: made before Next loads, kept in
// this process's memory only (src/server/http/client-ip.ts).
issueClientIpKey();

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const cache = new PageCache(settings.KTT_PAGE_CACHE_MB * 1024 * 1024);
const pool = cacheOn ? new pg.Pool({ connectionString: databaseUrl, max: 4 }) : null;
// An idle connection dropped by the server (a restart, a network cut) is reported as an
// "error" event, which would end the process if nobody listened; the pool replaces it.
pool?.on("error", (err) => console.error("Kết nối của bộ nhớ đệm trang bị ngắt:", err.message));

async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  // The one place the client's address is decided (src/server/http/client-ip.ts): what a
  // client sent under these names is replaced, never trusted.
  stampClientIp(req.headers, resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies));
  if (!pool || !isCacheablePageRequest(req.method, req.url ?? "/", req.headers)) return handle(req, res);
  // The session cookie only (as the app's getServerSession), decoded with the app's key.
  const token = await getToken({
    req: { cookies: parseCookie(req.headers.cookie ?? ""), headers: {} } as unknown as Parameters<
      typeof getToken
    >[0]["req"],
    secret: getAuthSecret(),
    secureCookie: secureCookiesEnabled(),
  });
  const userId = Number(token?.sub);
  // Anonymous, or a person whose account is gone or disabled or whose session was ended
  // on the server: Next answers (sign-in).
  if (!Number.isSafeInteger(userId) || userId <= 0) return handle(req, res);
  let state;
  try {
    state = await readPageState(pool, userId, new Date(), Number(token?.signedInAt ?? 0));
  } catch (err) {
    console.error("Không đọc được trạng thái cho bộ nhớ đệm trang:", err);
    return handle(req, res);
  }
  // The read model is off (KTT_READ_MODEL, src/server/read-model/mode.ts): Next renders.
  if (!state.on || !state.user) return handle(req, res);
  cache.observeVersion(state.dataVersion);
  const key = pageCacheKey(state, req.url ?? "/", req.headers);
  const hit = wantsFreshPage(req.headers) ? undefined : cache.get(key);
  if (hit) {
    res.writeHead(hit.status, { ...hit.headers, "x-ktt-page-cache": "hit" });
    res.end(hit.body);
    return;
  }
  res.setHeader("x-ktt-page-cache", "miss");
  capture(res, (page) => {
    if (isStorableResponse(page.status, page.headers)) cache.set(key, page);
  });
  return handle(req, res);
}

/** Passes the response through, and hands over a copy of it once it is complete. */
function capture(res: http.ServerResponse, done: (page: CachedPage) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array),
    );
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    // Only a response that was not cut short (the client went away) is complete.
    if (!res.destroyed) {
      const headers = { ...res.getHeaders() } as Record<string, string | string[]>;
      delete headers["x-ktt-page-cache"];
      for (const h of ["content-length", "transfer-encoding", "connection", "keep-alive", "date"]) delete headers[h];
      done({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
    }
    return end(chunk, ...rest);
  }) as typeof res.end;
}

async function main() {
  await app.prepare();
  const server = http.createServer((req, res) => {
    serve(req, res).catch((err) => {
      console.error("Lỗi khi phục vụ yêu cầu:", err);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Lỗi máy chủ");
    });
  });
  server.listen(port, hostname, () => {
    console.log(`Ready on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`);
    if (cacheOn) console.log("Bộ nhớ đệm trang tổng quan: bật (KTT_PAGE_CACHE=off để tắt).");
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      server.close();
      void pool?.end();
      process.exit(0);
    });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
