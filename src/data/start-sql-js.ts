import type { SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { describeCause, LoadError } from './load-error';
import { loadMessages } from './load-messages';

/**
 * Starts sql.js: its wasm is fetched and compiled while it streams in
 * (WebAssembly.compileStreaming) at the same time as sql.js's own script
 * loads, and sql.js is handed the compiled module (its `instantiateWasm`
 * hook) instead of fetching the wasm itself once the script has run. A
 * server that sends the wasm without the application/wasm type cannot stream
 * it: the bytes are then compiled once they have all arrived. Fails with a
 * LoadError ('wasm').
 */
export async function startSqlJs(): Promise<SqlJsStatic> {
  try {
    const [{ default: initSqlJs }, module] = await Promise.all([import('sql.js'), compileWasm(wasmUrl)]);
    // sql.js's promise never settles when instantiating fails: that failure rejects this one.
    return await new Promise<SqlJsStatic>((resolve, reject) => {
      initSqlJs({
        instantiateWasm(imports, done) {
          WebAssembly.instantiate(module, imports).then(done, reject);
          return undefined;
        },
      }).then(resolve, reject);
    });
  } catch (cause) {
    throw new LoadError('wasm', 'sql-wasm-browser.wasm', loadMessages.wasm(describeCause(cause)), { cause });
  }
}

async function compileWasm(url: string): Promise<WebAssembly.Module> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  if (response.headers.get('Content-Type')?.split(';')[0].trim() === 'application/wasm') return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}
