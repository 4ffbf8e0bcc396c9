/**
 * `npm run build:site`: what GitHub Pages serves, in one command: builds the
 * site config's data set (or RUNLENS_SOURCES), checks every view against it
 * (`check:views`; a broken view stops here with every problem listed), then
 * builds the site (`vite build`, data folder included) into dist/.
 */
import { planStart, run, startCommands } from './start-cli';

const planned = planStart([], process.cwd(), process.env);
if (!planned.ok) throw new Error(planned.message);
const { plan } = planned;
const { build } = startCommands(plan);
const env = { ...process.env, RUNLENS_DATA: plan.data, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const steps: [string, string[]][] = [build, ['npx', ['tsx', 'scripts/check-views.ts']], ['npx', ['vite', 'build', '--configLoader', 'runner']]];
for (const [command, args] of steps) {
  const code = await run(command, args, env);
  if (code !== 0) {
    console.error(`build:site: \`${[command, ...args].join(' ')}\` failed (exit ${code}); the site was not built.`);
    process.exit(code);
  }
}
console.log(`build:site: dist/ holds the site with the data of ${plan.data}`);
