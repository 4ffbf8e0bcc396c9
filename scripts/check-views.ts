/**
 * `npm run check:views`: every view file against views/view.schema.json and
 * the built data (columns, category values), every problem of every file.
 * usage: tsx scripts/check-views.ts [--views DIR] [--data DIR]
 */
import { runCheckViews } from './check-views-cli';

process.exitCode = await runCheckViews(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  root: process.cwd(),
  env: process.env,
});
