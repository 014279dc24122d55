// What the browsers in the cross-engine tests talk to (tests/engines/run.mjs): the site, and
// the trap that stands for every other host.
//
// The site: scripts/serve.mjs as it is, behind a small proxy that puts the probe into every
// page. The proxy also stands in for the network in the offline scenario: with the static
// server stopped it drops every connection, except the probe's own file, so the page opened
// offline (entirely from the service worker) is still checked for errors. The worker checks
// each file it keeps against its hash (public/sw.js), so the proxy gives it the hashes of the
// pages as it serves them, probe and all.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createServer, request as forward } from "node:http";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = process.env.ENGINES_DIST ?? "dist";
const PROBE_PATH = "/__probe.js";
const PROBE = readFileSync(new URL("probe.js", import.meta.url));

const withProbe = (html) => html.replace(/<head>/i, `<head><script src="${PROBE_PATH}"></script>`);
const integrity = (bytes) => `sha256-${createHash("sha256").update(bytes).digest("base64")}`;

// Each page's hash as built, and the hash of the same page with the probe in it.
function probedHashes() {
  const dist = join(ROOT, DIST);
  const pages = readdirSync(dist, { recursive: true }).filter((path) => path.endsWith(".html"));
  return pages.map((path) => {
    const built = readFileSync(join(dist, path));
    return [integrity(built), integrity(withProbe(built.toString("utf8")))];
  });
}

function startStaticServer() {
  const child = spawn(process.execPath, ["scripts/serve.mjs", DIST, "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    child.stdout.once("data", (line) => {
      const port = String(line).match(/127\.0\.0\.1:(\d+)/)?.[1];
      if (port) resolve({ child, port: Number(port) });
      else reject(new Error(`serve.mjs did not say where it listens: ${line}`));
    });
  });
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill();
  await exited;
}

function decode(body, encoding) {
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "gzip") return gunzipSync(body);
  return body;
}

export async function startSite() {
  let upstream = await startStaticServer();
  const hashes = probedHashes();
  const rewrite = (path, body) => {
    if (path === "/sw.js") return hashes.reduce((text, [built, probed]) => text.replaceAll(built, probed), body);
    return withProbe(body);
  };
  const proxy = createServer((req, res) => {
    if (new URL(req.url, "http://x").pathname === PROBE_PATH) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" }).end(PROBE);
      return;
    }
    // Offline: the connection closes with no answer, which a browser sees as a network error.
    if (!upstream) return void req.socket.destroy();
    const out = forward({ host: "127.0.0.1", port: upstream.port, method: req.method, path: req.url, headers: req.headers });
    out.on("error", () => req.socket.destroy());
    out.on("response", async (answer) => {
      const headers = { ...answer.headers };
      const path = new URL(req.url, "http://x").pathname;
      const rewritten = path === "/sw.js" || String(headers["content-type"]).startsWith("text/html");
      if (req.method !== "GET" || answer.statusCode !== 200 || !rewritten) {
        res.writeHead(answer.statusCode, headers);
        answer.pipe(res);
        return;
      }
      const chunks = [];
      for await (const chunk of answer) chunks.push(chunk);
      const body = decode(Buffer.concat(chunks), headers["content-encoding"]).toString("utf8");
      delete headers["content-encoding"];
      delete headers["content-length"];
      res.writeHead(200, headers).end(rewrite(path, body));
    });
    req.pipe(out);
  });
  proxy.listen(0, "127.0.0.1");
  await once(proxy, "listening");
  return {
    url: `http://127.0.0.1:${proxy.address().port}`,
    async offline() {
      const { child } = upstream;
      upstream = null;
      await stopProcess(child);
    },
    async online() {
      upstream ??= await startStaticServer();
    },
    async close() {
      if (upstream) await stopProcess(upstream.child);
      proxy.closeAllConnections();
      proxy.close();
    },
  };
}

// Every request a browser sends anywhere but the site goes to this trap instead (it is the
// browsers' proxy, and 127.0.0.1 is exempt from it): the trap answers none and notes the
// address. Pelita must never talk to anyone else, and the browsers' own background traffic is
// meant to be off; either would show here (the network of a test machine may be closed anyway).
export async function startTrap() {
  const seen = [];
  const trap = createServer((req, res) => {
    seen.push(req.url);
    res.writeHead(403).end();
  });
  // https goes through the proxy as CONNECT host:443.
  trap.on("connect", (req, socket) => {
    seen.push(`https://${req.url}`);
    socket.destroy();
  });
  trap.listen(0, "127.0.0.1");
  await once(trap, "listening");
  return {
    port: trap.address().port,
    take: () => seen.splice(0),
    close() {
      trap.closeAllConnections();
      trap.close();
    },
  };
}
