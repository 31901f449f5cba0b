/**
 * streamRows over 1,000,000 rows with the real snowflake-sdk running under Node in a subprocess,
 * against a server in this process: the session streams rows, the wire plugin spills them to
 * chunk files, the driver downloads the chunks. The server's RSS is sampled throughout; its growth
 * must stay far below what materialising the result would take.
 */
import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { join } from 'node:path';
import { startWireServer, type TestServer } from './_harness.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startWireServer();
});

afterAll(async () => {
  await server.stop();
});

/** N runs over 0..999,999 once each, with a 40-character label per row (~60 MB of rowset JSON). */
const MILLION = `SELECT N, 'label-' || N || '-padding-padding-padding' AS LABEL
  FROM (SELECT SEQ4() AS N FROM TABLE(GENERATOR(ROWCOUNT => 1000000)))`;

describe('streamRows', () => {
  it('streams 1,000,000 rows through chunks with bounded server memory', async () => {
    Bun.gc(true);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const proc = Bun.spawn(['node', join(import.meta.dir, 'stream-client.mjs'), server.url, MILLION], {
      stdout: 'pipe',
      stderr: 'pipe',
      env: { ...process.env, NO_PROXY: '127.0.0.1' },
    });
    const [out, errText, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
    clearInterval(sampler);
    if (code !== 0) throw new Error(`client failed (${code}): ${out} ${errText}`);
    const result = JSON.parse(out.trim().split('\n').pop() ?? '{}');
    expect(result.rows).toBe(1_000_000);
    expect(result.sum).toBe(499_999_500_000);
    expect(result.columns).toEqual(['N', 'LABEL']);
    const growthMb = (peak - baseline) / 2 ** 20;
    console.log(`1M-row streamRows: server RSS baseline ${(baseline / 2 ** 20).toFixed(0)} MB, peak growth ${growthMb.toFixed(0)} MB; client peak RSS ${(result.clientPeakRss / 2 ** 20).toFixed(0)} MB`);
    // ~60 MB of JSON text; materialised as JS rows it would take several hundred MB.
    expect(growthMb).toBeLessThan(200);
  }, 180_000);
});
