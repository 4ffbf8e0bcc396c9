/**
 * `npm start`: builds a data set and serves the dashboard on it (the dev
 * server, which reloads on view changes). Without arguments the demo; with
 * `-- --sources my/sources.json` (or RUNLENS_SOURCES) your own data, built
 * into its own output folder, which the demo never touches.
 */
import { planStart, run, startCommands } from './start-cli';

const planned = (() => {
  try {
    return planStart(process.argv.slice(2), process.cwd(), process.env);
  } catch (error) {
    return { ok: false as const, message: `npm start: ${(error as Error).message}` };
  }
})();
if (!planned.ok) {
  console.error(planned.message);
  process.exitCode = 2;
} else {
  const { build, serve } = startCommands(planned.plan);
  console.log(`start: building ${planned.plan.sources} into ${planned.plan.data}`);
  const built = await run(build[0], build[1], process.env);
  if (built !== 0) {
    console.error(`start: the data build failed (exit ${built}); nothing is served. Fix the problem above and run npm start again.`);
    process.exitCode = built;
  } else {
    console.log(`start: serving ${planned.plan.data} at http://${planned.plan.host}:${planned.plan.port}/`);
    process.exitCode = await run(serve[0], serve[1], { ...process.env, ...serve[2] });
  }
}
