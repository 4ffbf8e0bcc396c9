/**
 * `npm run build:hist`: extracts per-run QA histograms into jsroot JSON files
 * (one <run>.json per run and an index.json) — see scripts/histograms/README.md.
 * usage: tsx scripts/build-hist.ts --files "data/qa/*.root" --run-pattern "(\d+)\.root$" --histograms "TPC/**,ITS/**,EVS/**" [--out public/hist]
 */
import { runHistCli } from './histograms/run-hist-cli';

process.exitCode = await runHistCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  now: () => performance.now(),
});
