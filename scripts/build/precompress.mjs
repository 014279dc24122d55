// Brotli and gzip copies next to each compressible file, at the highest levels, for servers
// that send them as they are (nginx brotli_static and gzip_static, scripts/serve.mjs): the
// work is done once per build instead of on every request.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const COMPRESSIBLE = /\.(html|js|wasm|css|json|webmanifest|svg|txt)$/;

function brotli(data) {
  return brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
}

/** Writes the copies and returns how many; drops a copy that would not be smaller. */
export async function precompress(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name)).map((e) => join(e.parentPath, e.name));
  let written = 0;
  for (const file of files) {
    const data = await readFile(file);
    for (const [suffix, compress] of [[".br", brotli], [".gz", (d) => gzipSync(d, { level: 9 })]]) {
      const packed = compress(data);
      if (packed.length < data.length) {
        await writeFile(file + suffix, packed);
        written += 1;
      } else {
        // A copy left from an earlier run would no longer match the file.
        await rm(file + suffix, { force: true });
      }
    }
  }
  return written;
}
