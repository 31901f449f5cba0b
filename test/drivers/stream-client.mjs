// Runs the real snowflake-sdk under Node (not Bun) as a separate process, so the server's memory
// can be measured on its own. Usage: node stream-client.mjs <accessUrl> <sql>
// Prints one JSON line: {rows, sum, columns, clientPeakRss} or {error}.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const snowflake = require('snowflake-sdk');
snowflake.configure({ logLevel: 'OFF' });

const [url, sqlText] = process.argv.slice(2);
const conn = snowflake.createConnection({ account: 'test', username: 'test', password: 'test', accessUrl: url });

function fail(err) {
  process.stdout.write(JSON.stringify({ error: { code: err.code ?? null, message: String(err.message) } }) + '\n');
  process.exit(1);
}

conn.connect((err) => {
  if (err) return fail(err);
  let rows = 0;
  let sum = 0;
  let peak = 0;
  let columns = [];
  conn.execute({
    sqlText,
    streamResult: true,
    complete: (err2, stmt) => {
      if (err2) return fail(err2);
      columns = stmt.getColumns().map((c) => c.getName());
      stmt
        .streamRows()
        .on('data', (row) => {
          rows++;
          sum += Number(row.N);
          if ((rows & 0xffff) === 0) peak = Math.max(peak, process.memoryUsage().rss);
        })
        .on('error', fail)
        .on('end', () => {
          conn.destroy(() => {
            process.stdout.write(JSON.stringify({ rows, sum, columns, clientPeakRss: peak }) + '\n');
            process.exit(0);
          });
        });
    },
  });
});
